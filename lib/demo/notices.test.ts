import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { payment, paymentNotice } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { packById, reimbursementOpensOn } from "@/lib/rules";
import { DEMO_SEED_PROVIDER, seedDemoNotices } from "./notices";
import { DEMO_PEOPLE } from "./people";
import { seedDemoRegistry } from "./seed-registry";

const AT = new Date("2025-11-20T02:00:00Z");
let opened: OpenDatabase;
let db: Db;

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
}, 120_000);
afterAll(async () => opened?.close());

describe("demo notices", () => {
  it("pays 杨春梅's parents' 2026 contributions on 2025-11-18, so 代缴返还 opens on 2025-11-21; 吴国强 has an open notice; running it again changes nothing", async () => {
    expect(await seedDemoNotices(db, AT)).toBe(DEMO_PEOPLE.filter((p) => p.notice).length);
    expect(await seedDemoNotices(db, AT)).toBe(0);
    const rows = await db.select({ notice: paymentNotice, payment }).from(paymentNotice).innerJoin(payment, eq(payment.id, paymentNotice.paymentId)).where(eq(paymentNotice.personId, "nx-04-1"));
    expect(rows).toMatchObject([{ notice: { status: "paid", coverageYear: 2026, packId: "ningxia-2026" }, payment: { provider: DEMO_SEED_PROVIDER, paidOn: "2025-11-18", outcome: "applied" } }]);
    const opening = reimbursementOpensOn(packById("ningxia-2026", "2025-11-20")!, rows[0]!.payment.paidOn);
    expect(opening).toMatchObject({ ok: true, opensOn: "2025-11-21" });
    const [open] = await db.select().from(paymentNotice).where(eq(paymentNotice.personId, "nb-13-1"));
    expect(open).toMatchObject({ status: "open", coverageYear: 2026, packId: "ningbo-2026", issuedOn: "2025-11-18", paymentId: null });
    expect(open!.amountFen).toBeGreaterThan(10_000);
  });
});
