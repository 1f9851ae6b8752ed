import { and, eq, sql } from "drizzle-orm";
import { composeNoticeNumber } from "@/lib/payment/notice-number";
import { assess, rowsOf } from "@/lib/services/enrollment/registration";
import { packFor } from "@/lib/services/enrollment/registry-facts";
import { dueDateFor } from "@/lib/services/payment/quote";
import { recordPayment } from "@/lib/services/payment/record-payment";
import { paymentNotice } from "../schema";
import type { Db } from "../types";
import { DEMO_HOUSEHOLDS, type DemoHousehold } from "./demo-people";

/** The provider of payments the demo seed made (as if the tax bureau had confirmed them). */
export const DEMO_SEED_PROVIDER = "demo-seed";
/** Seeded notices are issued by nobody in the portal. */
const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

/**
 * The renewal contributions demo people have already paid: a notice issued on the payment day, on
 * that day's rules, and its payment recorded by the same recordPayment as a confirmation (noon,
 * Asia/Shanghai). Idempotent: a person with a live notice for the year is left as they are.
 */
export async function seedDemoPayments(db: Db, at: Date, households: DemoHousehold[] = DEMO_HOUSEHOLDS): Promise<number> {
  let seeded = 0;
  for (const household of households) {
    for (const person of household.members) {
      if (!person.paid) continue;
      const { coverageYear, paidOn } = person.paid;
      const [existing] = await db.select({ id: paymentNotice.id }).from(paymentNotice).where(and(eq(paymentNotice.personId, person.id), eq(paymentNotice.coverageYear, coverageYear)));
      if (existing) continue;
      const pack = packFor(household.region, paidOn);
      const assessment = pack ? await assess(db, person.id, pack, paidOn) : null;
      const contribution = assessment?.answer.eligible ? assessment.answer.contribution : null;
      if (!assessment || !contribution || contribution.payable <= 0) throw new Error(`demo payment: ${person.id} owes nothing on ${paidOn}`);
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
        request: { ...assessment.request, asOf: paidOn },
        amountFen: contribution.payable,
        provisional: contribution.provisional,
        issuedOn: paidOn,
        dueDate: dueDateFor(assessment.request, paidOn, contribution.payable),
        status: "open",
        issuedAt: new Date(`${paidOn}T09:00:00+08:00`),
        issuedByAccountId: NO_ACCOUNT,
        issuedByPersonId: person.id,
        actingAs: "self",
      });
      const recorded = await recordPayment(
        db,
        { provider: DEMO_SEED_PROVIDER, providerReference: `${person.id}-${coverageYear}`, noticeNumber: number, amountFen: contribution.payable, paidAt: new Date(`${paidOn}T12:00:00+08:00`), via: "reconcile" },
        at,
      );
      if (!recorded.ok || recorded.outcome !== "applied") throw new Error(`demo payment: ${person.id} not recorded`);
      seeded += 1;
    }
  }
  return seeded;
}
