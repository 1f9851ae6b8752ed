import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { shanghaiDate } from "@/lib/clock";
import { enrollment, payment, paymentNotice, registryPerson, type PaymentNotice } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskIdNumber } from "@/lib/identity/id-number";
import { answerOn, coverOn, describePack, packById, packForRegion, rulesDate, type Cover } from "@/lib/rules";
import { noticePurpose, peopleIMayActFor, registrationFor, rightToAct, type Actor, type Purpose } from "../people/right-to-act";
import { regionOf } from "../enrollment/registry-facts";
import { assess } from "../enrollment/registration";
import { stateOn, type NoticeState } from "./notices";
import { refundsOf, type RefundView } from "./refund-states";

export type NoticeSummary = { number: string; coverageYear: number; kind: PaymentNotice["kind"]; amountFen: number; state: NoticeState; dueDate: string };
export type Payable = { kind: "enrollment"; enrollmentId: string; reference: string; coverageYear: number; amountFen: number | null } | { kind: "renewal"; coverageYear: number; amountFen: number | null };
export type PersonPayables = { personId: string; name: string; idNumberMasked: string; actingAs: "self" | "guardian" | "delegate"; notices: NoticeSummary[]; payables: Payable[] };

const summary = (n: PaymentNotice, today: string): NoticeSummary => ({
  number: n.number,
  coverageYear: n.coverageYear,
  kind: n.kind,
  amountFen: n.amountFen,
  state: stateOn(n, today),
  dueDate: n.dueDate,
});

/** J5 start: everyone the actor may act for, with their notices and what they could get a notice for today (a registration, a renewal). */
export async function loadPayables(db: DbOrTx, actor: Actor, today: string): Promise<PersonPayables[]> {
  const people = await peopleIMayActFor(db, actor, today);
  const ids = people.map((p) => p.personId);
  const [persons, notices, registered] = await Promise.all([
    db.select({ id: registryPerson.id, name: registryPerson.name, idNumber: registryPerson.idNumber }).from(registryPerson).where(inArray(registryPerson.id, ids)),
    db.select().from(paymentNotice).where(inArray(paymentNotice.personId, ids)).orderBy(desc(paymentNotice.issuedAt)),
    db.select().from(enrollment).where(and(inArray(enrollment.personId, ids), ne(enrollment.status, "cancelled"))),
  ]);
  const result: PersonPayables[] = [];
  for (const { personId, actingAs, covers } of people) {
    const person = persons.find((p) => p.id === personId);
    if (!person) continue;
    const mine = notices.filter((n) => n.personId === personId && covers(noticePurpose(n)));
    const live = (year: number) => mine.some((n) => n.coverageYear === year && ["open", "paid"].includes(stateOn(n, today)));
    const payables: Payable[] = registered
      .filter((e) => e.personId === personId && e.status === "registered" && !live(e.coverageYear) && covers(registrationFor(e.coverageYear)))
      .map((e) => ({ kind: "enrollment", enrollmentId: e.id, reference: e.reference, coverageYear: e.coverageYear, amountFen: e.answer.contribution?.payable ?? null }));
    const pack = describePack(packForRegion((await regionOf(db, personId)) ?? "", today));
    const renewal: Purpose = { coverageYear: pack?.coverageYear ?? 0, subject: "renewal" };
    if (pack && covers(renewal) && !live(pack.coverageYear) && !registered.some((e) => e.personId === personId && e.coverageYear === pack.coverageYear)) {
      const assessment = await assess(db, personId, pack, today);
      if (assessment?.outcome === "renewal" && !assessment.existing) {
        payables.push({ kind: "renewal", coverageYear: pack.coverageYear, amountFen: assessment.answer.contribution?.payable ?? null });
      }
    }
    result.push({ personId, name: person.name, idNumberMasked: maskIdNumber(person.idNumber), actingAs, notices: mine.map((n) => summary(n, today)), payables });
  }
  return result;
}

export type NoticeDetail = {
  notice: NoticeSummary & { packId: string; category: string; provisional: boolean; issuedOn: string; paidAt: Date | null; cover: Cover | null; region: string };
  person: { name: string; idNumberMasked: string };
  actingAs: "self" | "guardian" | "delegate";
  /** If paid today: when cover would start (null: no cover this year). */
  ifPaidToday: Cover | null;
  refunds: RefundView[];
  channels: { online: string[]; offline: string[]; notes: string[] };
  familyAid: "account-debit" | "reimbursement" | null;
  documents: string[];
};

/** One notice, for someone who may act for its person; null otherwise (the page says "not found" either way). */
export async function loadNotice(db: DbOrTx, actor: Actor, number: string, today: string): Promise<NoticeDetail | null> {
  const [row] = await db
    .select({ notice: paymentNotice, name: registryPerson.name, idNumber: registryPerson.idNumber })
    .from(paymentNotice)
    .innerJoin(registryPerson, eq(registryPerson.id, paymentNotice.personId))
    .where(eq(paymentNotice.number, number));
  if (!row) return null;
  const right = await rightToAct(db, actor, row.notice.personId, today, noticePurpose(row.notice));
  if (!right.ok) return null;
  const n = row.notice;
  const registeredOn = n.enrollmentId
    ? ((await db.select({ at: enrollment.submittedAt }).from(enrollment).where(eq(enrollment.id, n.enrollmentId))).map((e) => shanghaiDate(e.at))[0] ?? null)
    : null;
  const pack = packById(n.packId, today);
  const region = (await regionOf(db, n.personId)) ?? pack?.region ?? "ningbo";
  return {
    notice: {
      ...summary(n, today),
      packId: n.packId,
      category: n.category,
      provisional: n.provisional,
      issuedOn: n.issuedOn,
      paidAt: n.paidAt,
      cover: n.status === "paid" && n.coverageEnd ? { start: n.coverageStart, end: n.coverageEnd, benefitDays: n.benefitDays ?? 0 } : null,
      region,
    },
    person: { name: row.name, idNumberMasked: maskIdNumber(row.idNumber) },
    actingAs: right.actingAs,
    ifPaidToday: stateOn(n, today) === "open" ? coverOn(n.request, today, registeredOn) : null,
    refunds: await refundsOf(db, n.id),
    channels: { online: pack?.channels.online ?? [], offline: pack?.channels.offline ?? [], notes: pack?.channels.notes ?? [] },
    familyAid: pack?.familyAid?.kind ?? null,
    documents: answerOn(n.request, rulesDate(n.request, today, registeredOn))?.documents ?? [],
  };
}

export type NoticeStatus = { state: NoticeState; paidAt: string | null; coverageStart: string | null; refunds: number };

/** For polling: a notice's state, only for someone who may act for its person. */
export async function noticeStatus(db: DbOrTx, actor: Actor, number: string, today: string): Promise<NoticeStatus | null> {
  const [n] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, number));
  if (!n || !(await rightToAct(db, actor, n.personId, today, noticePurpose(n))).ok) return null;
  const refunds = await db.select({ id: payment.id }).from(payment).where(and(eq(payment.noticeId, n.id), eq(payment.outcome, "refund-due")));
  return { state: stateOn(n, today), paidAt: n.paidAt?.toISOString() ?? null, coverageStart: n.coverageStart, refunds: refunds.length };
}
