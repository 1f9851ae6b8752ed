/**
 * A consent covers its scope for its coverage year, up to and including its end date (docs/decisions/0014):
 * [case, consent (status, year, end), purpose, today, expected right].
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { delegation } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { actorFor } from "../enrollment/testing";
import { peopleIMayActFor, rightToAct, type Actor, type Purpose } from "./right-to-act";

const AT = new Date("2025-11-20T02:00:00Z");
const AGENT = "nb-11-1"; // 陈桂芳
const PRINCIPAL = "nb-03-2"; // 郑晓燕, her daughter (adult)

type Consent = { status: "active" | "withdrawn"; coverageYear: number; endsOn: string };
const LIVE_2026: Consent = { status: "active", coverageYear: 2026, endsOn: "2026-12-31" };

const CASES: [string, Consent, Purpose, string, "delegate" | "consent-required"][] = [
  ["registration of the consent's year", LIVE_2026, { coverageYear: 2026, subject: "registration" }, "2025-11-20", "delegate"],
  ["on its last day", LIVE_2026, { coverageYear: 2026, subject: "registration" }, "2026-12-31", "delegate"],
  ["after its end date", LIVE_2026, { coverageYear: 2026, subject: "registration" }, "2027-01-01", "consent-required"],
  ["outside scope: another coverage year", LIVE_2026, { coverageYear: 2027, subject: "registration" }, "2026-10-01", "consent-required"],
  ["outside scope: a renewal notice (no registration)", LIVE_2026, { coverageYear: 2026, subject: "renewal" }, "2025-11-20", "consent-required"],
  ["withdrawn", { ...LIVE_2026, status: "withdrawn" }, { coverageYear: 2026, subject: "registration" }, "2025-11-20", "consent-required"],
];

describe("rightToAct: a delegate's consent has a scope and an end", () => {
  let opened: OpenDatabase;
  let agent: Actor;
  beforeAll(async () => {
    opened = await createTestDatabase();
    await seedDemoRegistry(opened.db, AT);
    agent = await actorFor(opened.db, AGENT, "13900000011", AT);
  }, 120_000);
  afterAll(async () => opened?.close());

  it.each(CASES)("%s → %s", async (_name, consent, purpose, today, expected) => {
    const db = opened.db;
    await db.delete(delegation);
    await db.insert(delegation).values({ principalPersonId: PRINCIPAL, agentPersonId: AGENT, agentAccountId: agent.accountId, relation: "child", scope: "registration", createdAt: AT, ...consent });
    const right = await rightToAct(db, agent, PRINCIPAL, today, purpose);
    expect(right.ok ? right.actingAs : right.reason).toBe(expected);
    // The list of people I may act for says the same.
    const listed = (await peopleIMayActFor(db, agent, today)).find((p) => p.personId === PRINCIPAL);
    expect(Boolean(listed?.covers(purpose))).toBe(expected === "delegate");
  });
});
