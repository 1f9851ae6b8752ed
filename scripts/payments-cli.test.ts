import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/open";
import { paymentNotice } from "@/lib/db/schema";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { saveSettings, takePayment } from "@/lib/sandbox-cashier/ledger";
import { actorFor } from "@/lib/services/enrollment/testing";
import { issueNotice } from "@/lib/services/payment/notices";
import { REPO_ROOT } from "./lib/run-cli";

/** The real command on a throwaway embedded database: a payment whose confirmation was lost is recorded by reconcile, once. */
const work = mkdtempSync(path.join(tmpdir(), "portal-payments-cli-"));
const dataDir = path.join(work, "db");
const env = { ...process.env, PORTAL_DATA_DIR: dataDir, DATABASE_URL: "", PORTAL_CASHIER_SECRET: "" };
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/payments-cli.ts", ...args], { cwd: REPO_ROOT, env, encoding: "utf8" });
const AT = new Date("2025-11-20T02:00:00Z");

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run payments -- reconcile", () => {
  it("records the payment whose callback never arrived, and finds it recorded the second time", async () => {
    const setUp = await openPglite(dataDir);
    await seedDemoRegistry(setUp.db, AT);
    const actor = await actorFor(setUp.db, "nb-01-1", "13905740101", AT);
    const issued = await issueNotice(setUp.db, actor, { kind: "renewal", personId: "nb-01-1" }, AT, "2025-11-20");
    if (!issued.ok) throw new Error(issued.reason);
    await saveSettings(setUp.db, { repeatCallbacks: 1, delaySeconds: 0, loseCallbacks: true }, AT);
    const order = { noticeNumber: issued.number, amountFen: 78_000, dueDate: "2025-12-26", callbackUrl: "http://127.0.0.1:9/api/payments/callback", returnPath: "/zh-Hans/pay" };
    await takePayment(setUp.db, order, "paid", AT);
    await setUp.close();

    const first = run("reconcile", "--date", "2025-11-20", "--local-cashier");
    expect(first.stderr).toBe("");
    expect(first).toMatchObject({ status: 0, stdout: expect.stringContaining("recorded 1 whose confirmation never arrived; 0 already recorded") });
    const second = run("reconcile", "--date", "2025-11-20", "--local-cashier");
    expect(second).toMatchObject({ status: 0, stdout: expect.stringContaining("recorded 0 whose confirmation never arrived; 1 already recorded") });

    const check = await openPglite(dataDir);
    const [notice] = await check.db.select().from(paymentNotice).where(eq(paymentNotice.number, issued.number));
    await check.close();
    expect(notice).toMatchObject({ status: "paid", coverageStart: "2026-01-01" });
  }, 90_000);

  it("explains its usage, and fails plainly when the cashier cannot be reached", () => {
    expect(run("reconcile")).toMatchObject({ status: 2, stderr: expect.stringContaining("usage:") });
    expect(run("reconcile", "--date", "2025-13-45")).toMatchObject({ status: 2 });
    expect(run("reconcile", "--date", "2025-11-20", "--cashier", "http://127.0.0.1:9")).toMatchObject({ status: 1 });
  }, 60_000);
});
