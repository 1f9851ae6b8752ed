import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { issueCode } from "../lib/auth/one-time-code";
import { reference } from "../lib/auth/secret";
import { SIGNATURE_HEADER, sign } from "../lib/cashier/signature";
import { openPostgres, type OpenDatabase } from "../lib/db/open";
import { adminQuery, dropDatabase } from "../lib/db/testing";
import { auditEvent, otpChallenge, payment, paymentNotice, rateLimitCooldown } from "../lib/db/schema";
import { seedDemoNotices } from "../lib/demo/notices";
import { seedDemoRegistry } from "../lib/demo/seed-registry";
import { metricValue } from "../lib/observability/testing";
import { expectAccessible } from "./support/axe";
import { PRODUCTION_SECRETS, ready, startProduction, type Started } from "./support/production-server";
import { ownPort } from "./support/servers";
import { demoPerson } from "./support/sign-in";

/**
 * Two production servers (separate processes: no memory in common) on one PostgreSQL, as several
 * instances run behind a load balancer (README "Production"). scripts/test-all.sh runs the
 * end-to-end specs inside scripts/with-postgres.sh, which hands over a throwaway server as
 * E2E_DATABASE_URL (not DATABASE_URL: the demo servers of the other specs keep their own embedded
 * databases). Production has no demo people, so the registry and its notices are written here,
 * through the demo seed, into a database of this run's own.
 */
const CLUSTER_URL = process.env.E2E_DATABASE_URL;
const METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef";
// What the servers derive from their secrets (lib/auth/secret.ts): the key of keyed hashes, and the collection service's key.
const HMAC_KEY = createHash("sha256").update(PRODUCTION_SECRETS.PORTAL_SECRET).digest();
const CASHIER_KEY = Buffer.from(PRODUCTION_SECRETS.PORTAL_CASHIER_SECRET, "utf8");
const PAID_AT = "2025-11-20T03:00:00.000Z";

let databaseUrl: string;
let database: OpenDatabase;
let a: Started;
let b: Started;
const noticeNumbers: string[] = [];

async function openNotice(personId: string) {
  const [notice] = await database.db.select().from(paymentNotice).where(and(eq(paymentNotice.personId, personId), eq(paymentNotice.coverageYear, 2026)));
  if (!notice) throw new Error(`no 2026 notice for ${personId}`);
  noticeNumbers.push(notice.number);
  return notice;
}

/** A confirmation as the tax bureau's collection service signs it (lib/cashier), with a reference of its own. */
function confirmation(noticeNumber: string, amountFen: number, ref = `TAX${randomBytes(6).toString("hex").toUpperCase()}`) {
  const body = JSON.stringify({ provider: "tax-bureau", reference: ref, noticeNumber, amountFen, paidAt: PAID_AT, status: "paid" });
  return { body, signature: sign(CASHIER_KEY, body), ref };
}

/** All at once, alternating between the two instances. */
function sendToBoth(confirmations: { body: string; signature: string }[]) {
  return Promise.all(
    confirmations.map(async ({ body, signature }, index) => {
      const response = await fetch(`${(index % 2 ? b : a).url}/api/payments/callback`, {
        method: "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature },
        body,
      });
      return { status: response.status, requestId: response.headers.get("x-request-id"), body: (await response.json()) as { outcome?: string } };
    }),
  );
}

async function askForCode(page: Page, server: Started, phone: string): Promise<void> {
  await page.goto(`${server.url}/zh-Hans/sign-in`);
  await page.getByLabel("手机号码").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
}

/** One request for a code from a browser of its own: true when the code was sent, false when a limit refused it (with its message). */
async function codeSent(browser: Browser, server: Started, phone: string, refusal: RegExp): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await askForCode(page, server, phone);
    const outcome = await Promise.race([
      page.waitForURL(/\/sign-in\/code/).then(() => true),
      page.locator("#error-summary").filter({ hasText: refusal }).waitFor().then(() => false),
    ]);
    return outcome;
  } finally {
    await context.close();
  }
}

/**
 * Production sends codes by SMS only, so the spec writes a code it knows into the challenge the
 * server just issued: the keyed hash made with the servers' own PORTAL_SECRET.
 */
async function knownCodeFor(phone: string): Promise<string> {
  const [challenge] = await database.db
    .select({ id: otpChallenge.id })
    .from(otpChallenge)
    .where(and(eq(otpChallenge.phone, phone), isNull(otpChallenge.consumedAt)))
    .orderBy(desc(otpChallenge.createdAt))
    .limit(1);
  if (!challenge) throw new Error("no code was issued");
  const issued = issueCode(HMAC_KEY, "sign-in", challenge.id, new Date());
  await database.db.update(otpChallenge).set({ codeHash: issued.codeHash }).where(eq(otpChallenge.id, challenge.id));
  return issued.code;
}

const audited = async (action: string, phoneRef: string, reason?: string) =>
  (await database.db.select().from(auditEvent).where(and(eq(auditEvent.action, action), eq(auditEvent.phoneRef, phoneRef)))).filter(
    (event) => reason === undefined || event.detail.reason === reason,
  ).length;

async function metricsOf(server: Started): Promise<string> {
  const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}

test.describe("two production instances on one PostgreSQL", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "servers, not pages: once");
  test.skip(!CLUSTER_URL && !process.env.CI, "needs E2E_DATABASE_URL: run it through scripts/test-all.sh (scripts/with-postgres.sh)");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  test.beforeAll(async () => {
    if (!CLUSTER_URL) throw new Error("E2E_DATABASE_URL is not set: scripts/test-all.sh runs this spec on a throwaway PostgreSQL");
    const name = `portal_multi_${randomBytes(6).toString("hex")}`;
    await adminQuery(CLUSTER_URL, `create database ${name}`);
    const url = new URL(CLUSTER_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = await openPostgres(databaseUrl, 4);
    const at = new Date();
    await seedDemoRegistry(database.db, at);
    await seedDemoNotices(database.db, at);
    const settings = { ...PRODUCTION_SECRETS, DATABASE_URL: databaseUrl, PORTAL_METRICS_TOKEN: METRICS_TOKEN };
    a = startProduction(ownPort(6), settings);
    b = startProduction(ownPort(7), settings);
    const [aReady, bReady] = await Promise.all([ready(a), ready(b)]);
    expect(aReady, a.output()).toBe(true);
    expect(bReady, b.output()).toBe(true);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.close();
    if (CLUSTER_URL && databaseUrl) await dropDatabase(CLUSTER_URL, new URL(databaseUrl).pathname.slice(1));
  });

  test("twenty identical confirmations sent to both at once record one payment, and every answer says the same", async () => {
    const notice = await openNotice("nb-13-1"); // 吴国强 (README "Demo people")
    expect(notice.status).toBe("open");
    const same = confirmation(notice.number, notice.amountFen);
    const answers = await sendToBoth(Array.from({ length: 20 }, () => same));
    expect(answers.map((answer) => [answer.status, answer.body.outcome])).toEqual(Array.from({ length: 20 }, () => [200, "applied"]));
    expect(new Set(answers.map((answer) => answer.requestId)).size).toBe(20);
    const recorded = await database.db.select().from(payment).where(eq(payment.noticeId, notice.id));
    expect(recorded.map((row) => [row.providerReference, row.outcome])).toEqual([[same.ref, "applied"]]);
    expect((await openNotice("nb-13-2")).status).toBe("open");
  });

  test("twenty different confirmations for one notice, to both at once: one applied, nineteen to refund", async () => {
    const notice = await openNotice("nb-13-2"); // 王丽娟
    expect(notice.status).toBe("open");
    const answers = await sendToBoth(Array.from({ length: 20 }, () => confirmation(notice.number, notice.amountFen)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const outcomes = answers.map((answer) => answer.body.outcome).sort();
    expect(outcomes).toEqual(["applied", ...Array.from({ length: 19 }, () => "refund-due")]);
    const [applied] = await database.db.select({ n: count() }).from(payment).where(and(eq(payment.noticeId, notice.id), eq(payment.outcome, "applied")));
    const [all] = await database.db.select({ n: count() }).from(payment).where(eq(payment.noticeId, notice.id));
    expect([applied?.n, all?.n]).toEqual([1, 20]);
  });

  test("a session made on one instance is valid on the other", async ({ page }) => {
    const person = demoPerson("吴国强");
    await askForCode(page, a, person.phone);
    await expect(page).toHaveURL(/\/sign-in\/code/);
    await page.getByLabel("6位验证码").fill(await knownCodeFor(person.phone));
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in\/real-name$/);
    await page.getByLabel("姓名", { exact: true }).fill(person.name);
    await page.getByLabel("身份证号码", { exact: true }).fill(person.idNumber);
    await page.getByRole("button", { name: "确认身份" }).click();
    await expect(page).toHaveURL(`${a.url}/zh-Hans/me?welcome=bound`);
    // The same cookie, the other instance: it finds the session in the database.
    await page.goto(`${b.url}/zh-Hans/me`);
    await expect(page).toHaveURL(`${b.url}/zh-Hans/me`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的");
    await expectAccessible(page);
  });

  test("the per-phone limits count the requests made to both", async ({ browser }) => {
    const phone = "13905740302"; // any mobile number may ask for a code
    const phoneRef = reference(HMAC_KEY, "phone", phone);
    const cooldown = () => database.db.delete(rateLimitCooldown).where(eq(rateLimitCooldown.key, `code:phone:${phoneRef}`));
    expect(await codeSent(browser, a, phone, /获取太频繁/)).toBe(true);
    // Within the 60 s wait: the other instance knows of the first code.
    expect(await codeSent(browser, b, phone, /获取太频繁/)).toBe(false);
    expect(await audited("sign-in.code-refused", phoneRef, "too-soon")).toBe(1);
    // Past the wait (the spec ends it rather than sit it out), five codes an hour, whichever instance sends them.
    for (const server of [b, a, b, a]) {
      await cooldown();
      expect(await codeSent(browser, server, phone, /获取太频繁|次数过多/)).toBe(true);
    }
    await cooldown();
    expect(await codeSent(browser, b, phone, /次数过多/)).toBe(false);
    expect(await audited("sign-in.code-sent", phoneRef)).toBe(5);
    expect(await audited("sign-in.code-refused", phoneRef, "phone-limit")).toBe(1);
  });

  test("each instance has its own /metrics; added up they count every payment and refusal", async () => {
    for (const server of [a, b]) expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const [ofA, ofB] = await Promise.all([metricsOf(a), metricsOf(b)]);
    const both = (name: string, labels: Record<string, string>) => metricValue(ofA, name, labels) + metricValue(ofB, name, labels);
    for (const text of [ofA, ofB]) expect(metricValue(text, "portal_http_requests_total", { route: "/api/payments/callback", status: "200" })).toBe(20);
    expect(both("portal_payments_recorded_total", { via: "callback", outcome: "applied" })).toBe(2);
    expect(both("portal_payments_recorded_total", { via: "callback", outcome: "refund-due" })).toBe(19);
    expect(both("portal_rate_limit_refusals_total", { limit: "code:phone", kind: "cooldown" })).toBe(1);
    expect(both("portal_rate_limit_refusals_total", { limit: "code:phone", kind: "window" })).toBe(1);
    for (const identifier of ["13905740302", ...noticeNumbers]) expect(`${ofA}\n${ofB}`).not.toContain(identifier);
  });

  test("an instance stopped with SIGTERM finishes, closes its pool and exits 0; the other carries on", async () => {
    await a.stop();
    expect(await a.exited).toBe(0);
    expect(a.output()).toContain("shutting down: closed the database");
    expect((await fetch(`${b.url}/api/health/ready`)).status).toBe(200);
  });
});
