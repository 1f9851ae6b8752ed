import { and, eq, sql } from "drizzle-orm";
import { composeNoticeNumber } from "@/lib/numbers/notice-number";
import { assess } from "@/lib/services/enrollment/registration";
import { rowsOf } from "@/lib/db/driver";
import { describePack, dueDateFor, packForRegion } from "@/lib/rules";
import { recordPayment } from "@/lib/services/payment/record-payment";
import { paymentNotice } from "../db/schema";
import type { Db } from "../db/types";
import { DEMO_HOUSEHOLDS, type DemoHousehold } from "./people";

/** The provider of payments the demo seed made (as if the tax bureau had confirmed them). */
export const DEMO_SEED_PROVIDER = "demo-seed";
/** Seeded notices are issued by nobody in the portal. */
const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

/**
 * The renewal notices demo people already have: issued on that day's rules and, where the person
 * has paid, the payment recorded by the same recordPayment as a confirmation (noon, Asia/Shanghai).
 * Idempotent: a person with a notice for the year is left as they are. Returns how many were written.
 */
export async function seedDemoNotices(db: Db, at: Date, households: DemoHousehold[] = DEMO_HOUSEHOLDS): Promise<number> {
  let seeded = 0;
  for (const household of households) {
    for (const person of household.members) {
      if (!person.notice) continue;
      const { coverageYear, issuedOn, paidOn } = person.notice;
      const [existing] = await db.select({ id: paymentNotice.id }).from(paymentNotice).where(and(eq(paymentNotice.personId, person.id), eq(paymentNotice.coverageYear, coverageYear)));
      if (existing) continue;
      const pack = describePack(packForRegion(household.region, issuedOn));
      const assessment = pack ? await assess(db, person.id, pack, issuedOn) : null;
      const contribution = assessment?.answer.eligible ? assessment.answer.contribution : null;
      if (!assessment || !contribution || contribution.payable <= 0) throw new Error(`demo notice: ${person.id} owes nothing on ${issuedOn}`);
      const [sequence] = rowsOf<{ n: string }>(await db.execute(sql`select nextval('payment_notice_number_seq')::text as n`));
      const number = composeNoticeNumber(coverageYear, Number(sequence?.n));
      await db.insert(paymentNotice).values({
        number,
        personId: person.id,
        kind: "renewal",
        enrollmentId: null,
        packId: assessment.answer.policy.id,
        coverageYear,
        category: assessment.answer.category,
        request: { ...assessment.request, asOf: issuedOn },
        amountFen: contribution.payable,
        provisional: contribution.provisional,
        issuedOn,
        dueDate: dueDateFor(assessment.request, issuedOn, contribution.payable),
        status: "open",
        issuedAt: new Date(`${issuedOn}T09:00:00+08:00`),
        issuedByAccountId: NO_ACCOUNT,
        issuedByPersonId: person.id,
        actingAs: "self",
      });
      seeded += 1;
      if (!paidOn) continue;
      const recorded = await recordPayment(
        db,
        { provider: DEMO_SEED_PROVIDER, providerReference: `${person.id}-${coverageYear}`, noticeNumber: number, amountFen: contribution.payable, paidAt: new Date(`${paidOn}T12:00:00+08:00`), via: "reconcile" },
        at,
      );
      if (!recorded.ok || recorded.outcome !== "applied") throw new Error(`demo payment: ${person.id} not recorded`);
    }
  }
  return seeded;
}
