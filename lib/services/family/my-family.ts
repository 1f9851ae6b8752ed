import { and, desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { accountLedger, familyBinding, payment, paymentNotice, registryPerson, reimbursementClaim, type FamilyBinding, type ReimbursementClaim } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskIdNumber } from "@/lib/identity/id-number";
import { packById, reimbursementOpensOn } from "@/lib/rules";
import { stateOn } from "../payment/notices";
import { payerWhy, type PayerWhy } from "./payer-reasons";
import { payerStanding, relativesFor, type PayerStanding, type RelativeOption } from "./payer-standing";

export type BindingView = Pick<FamilyBinding, "id" | "relation" | "kind" | "status" | "packId" | "createdAt" | "decidedAt" | "endedAt" | "method"> & {
  /** The other side: the relative (for the payer) or the payer (for the relative). */
  otherPersonId: string;
  otherName: string;
  otherIdMasked: string;
};

/** claimStatus: how far a 代缴返还 claim for the notice has come (null: not claimed). */
export type NoticeView = { number: string; amountFen: number; coverageYear: number; dueDate: string; state: string; paidOn: string | null; opensOn: string | null; provisional: boolean; claimed: boolean; claimStatus: ReimbursementClaim["status"] | null };

export type MyFamily = {
  standing: PayerStanding;
  relatives: RelativeOption[];
  /** Whether I can pay for relatives at all, and the reasons (payer-reasons.ts). */
  why: PayerWhy;
  bindings: BindingView[];
  /** The ledger, newest first. */
  history: { id: string; kind: string; amountFen: number; balanceAfterFen: number; at: Date; beneficiaryName: string | null; noticeNumber: string | null }[];
  /** 代缴返还 claims with the office's decision: when, and the reason for a rejection. */
  claims: { id: string; noticeNumber: string; amountFen: number; status: string; paidOn: string; opensOn: string; submittedOn: string; beneficiaryName: string; decidedAt: Date | null; decisionReason: string | null }[];
};

const live = inArray(familyBinding.status, ["pending", "active"]);

/** Everything on the payer's 我的共济 page: standing, relatives with the rules' answer, live bindings, the ledger and claims. */
export async function myFamily(db: DbOrTx, personId: string, today: string): Promise<MyFamily> {
  const standing = await payerStanding(db, personId, today);
  const relatives = await relativesFor(db, personId, standing);
  const bindings = await bindingsWhere(db, and(eq(familyBinding.payerPersonId, personId), live)!, "beneficiary");
  const history = await db
    .select({ row: accountLedger, name: registryPerson.name, number: paymentNotice.number })
    .from(accountLedger)
    .leftJoin(registryPerson, eq(registryPerson.id, accountLedger.beneficiaryPersonId))
    .leftJoin(paymentNotice, eq(paymentNotice.id, accountLedger.noticeId))
    .where(eq(accountLedger.personId, personId))
    .orderBy(desc(accountLedger.at), desc(accountLedger.kind));
  const claims = await db
    .select({ claim: reimbursementClaim, name: registryPerson.name })
    .from(reimbursementClaim)
    .innerJoin(registryPerson, eq(registryPerson.id, reimbursementClaim.beneficiaryPersonId))
    .where(eq(reimbursementClaim.payerPersonId, personId))
    .orderBy(desc(reimbursementClaim.submittedAt));
  return {
    standing,
    relatives,
    why: payerWhy(standing, relatives),
    bindings,
    history: history.map(({ row, name, number }) => ({ id: row.id, kind: row.kind, amountFen: row.amountFen, balanceAfterFen: row.balanceAfterFen, at: row.at, beneficiaryName: name, noticeNumber: number })),
    claims: claims.map(({ claim, name }) => ({ ...claim, beneficiaryName: name })),
  };
}

async function bindingsWhere(db: DbOrTx, where: ReturnType<typeof and> & object, other: "beneficiary" | "payer"): Promise<BindingView[]> {
  const person = alias(registryPerson, "other_person");
  const rows = await db
    .select({ binding: familyBinding, name: person.name, idNumber: person.idNumber })
    .from(familyBinding)
    .innerJoin(person, eq(person.id, other === "beneficiary" ? familyBinding.beneficiaryPersonId : familyBinding.payerPersonId))
    .where(where)
    .orderBy(desc(familyBinding.createdAt));
  return rows.map(({ binding: b, name, idNumber }) => ({
    id: b.id,
    relation: b.relation,
    kind: b.kind,
    status: b.status,
    packId: b.packId,
    createdAt: b.createdAt,
    decidedAt: b.decidedAt,
    endedAt: b.endedAt,
    method: b.method,
    otherPersonId: other === "beneficiary" ? b.beneficiaryPersonId : b.payerPersonId,
    otherName: name,
    otherIdMasked: maskIdNumber(idNumber),
  }));
}

/** One live binding of the payer, with the relative's notices (open ones to pay; paid ones to claim 代缴返还 for). */
export async function bindingForPayer(db: DbOrTx, payerPersonId: string, bindingId: string, today: string): Promise<{ binding: BindingView; beneficiaryPersonId: string; notices: NoticeView[] } | null> {
  const [row] = await db.select().from(familyBinding).where(and(eq(familyBinding.id, bindingId), eq(familyBinding.payerPersonId, payerPersonId), live));
  if (!row) return null;
  const [view] = await bindingsWhere(db, and(eq(familyBinding.id, bindingId))!, "beneficiary");
  const pack = packById(row.packId, today);
  const notices = await db
    .select({ notice: paymentNotice, paidOn: payment.paidOn, claimId: reimbursementClaim.id, claimStatus: reimbursementClaim.status })
    .from(paymentNotice)
    .leftJoin(payment, and(eq(payment.id, paymentNotice.paymentId), eq(payment.outcome, "applied")))
    .leftJoin(reimbursementClaim, eq(reimbursementClaim.paymentId, payment.id))
    .where(and(eq(paymentNotice.personId, row.beneficiaryPersonId), inArray(paymentNotice.status, ["open", "paid"])))
    .orderBy(desc(paymentNotice.coverageYear));
  return {
    binding: view!,
    beneficiaryPersonId: row.beneficiaryPersonId,
    notices: notices.map(({ notice, paidOn, claimId, claimStatus }) => {
      const opening = paidOn && pack ? reimbursementOpensOn(pack, paidOn) : null;
      return {
        number: notice.number,
        amountFen: notice.amountFen,
        coverageYear: notice.coverageYear,
        dueDate: notice.dueDate,
        state: stateOn(notice, today),
        paidOn,
        opensOn: opening?.ok ? opening.opensOn : null,
        provisional: opening?.ok ? opening.provisional : false,
        claimed: Boolean(claimId),
        claimStatus: claimStatus ?? null,
      };
    }),
  };
}

export type BoundForMe = { bindings: BindingView[]; payments: { id: string; amountFen: number; at: Date; payerName: string; noticeNumber: string | null }[] };

/** For the relative's own page: who has bound them (any state but expired), and every payment made for them from an account. */
export async function boundForMe(db: DbOrTx, personId: string): Promise<BoundForMe> {
  const bindings = await bindingsWhere(db, and(eq(familyBinding.beneficiaryPersonId, personId), or(live, inArray(familyBinding.status, ["revoked", "refused"])))!, "payer");
  const rows = await db
    .select({ row: accountLedger, payerName: registryPerson.name, number: paymentNotice.number })
    .from(accountLedger)
    .innerJoin(registryPerson, eq(registryPerson.id, accountLedger.personId))
    .leftJoin(paymentNotice, eq(paymentNotice.id, accountLedger.noticeId))
    .where(and(eq(accountLedger.beneficiaryPersonId, personId), eq(accountLedger.kind, "family-aid-debit")))
    .orderBy(desc(accountLedger.at));
  return { bindings, payments: rows.map(({ row, payerName, number }) => ({ id: row.id, amountFen: -row.amountFen, at: row.at, payerName, noticeNumber: number })) };
}
