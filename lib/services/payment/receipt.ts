import { eq } from "drizzle-orm";
import { payment, paymentNotice, registryPerson } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskIdNumber } from "@/lib/identity/id-number";
import { packById } from "@/lib/rules";
import { noticePurpose, rightToAct, type Actor } from "../people/right-to-act";
import { refundsOf, type RefundView } from "./refund-states";

export type Receipt = {
  number: string;
  paid: boolean;
  personName: string;
  idNumberMasked: string;
  regionName: string;
  coverageYear: number;
  category: string;
  amountFen: number;
  paidAt: Date | null;
  coverage: { start: string | null; end: string | null; benefitDays: number };
  provider: string | null;
  providerReference: string | null;
  /** Payments for this notice kept to refund, and how far each refund has come. */
  refunds: RefundView[];
};

/** The 参保缴费凭证 of a notice, for someone who may act for its person; `paid: false` until it is paid. */
export async function loadReceipt(db: DbOrTx, actor: Actor, number: string, today: string): Promise<Receipt | null> {
  const [row] = await db
    .select({ notice: paymentNotice, name: registryPerson.name, idNumber: registryPerson.idNumber })
    .from(paymentNotice)
    .innerJoin(registryPerson, eq(registryPerson.id, paymentNotice.personId))
    .where(eq(paymentNotice.number, number));
  if (!row || !(await rightToAct(db, actor, row.notice.personId, today, noticePurpose(row.notice))).ok) return null;
  const n = row.notice;
  const [applied] = n.paymentId ? await db.select().from(payment).where(eq(payment.id, n.paymentId)) : [];
  return {
    number: n.number,
    paid: n.status === "paid",
    personName: row.name,
    idNumberMasked: maskIdNumber(row.idNumber),
    regionName: packById(n.packId, today)?.regionName ?? n.packId,
    coverageYear: n.coverageYear,
    category: n.category,
    amountFen: applied?.amountFen ?? n.amountFen,
    paidAt: n.paidAt,
    coverage: { start: n.coverageStart, end: n.coverageEnd, benefitDays: n.benefitDays ?? 0 },
    provider: applied?.provider ?? null,
    providerReference: applied?.providerReference ?? null,
    refunds: await refundsOf(db, n.id),
  };
}
