/** Small registries for the office's reports and audit search: residents in given states, and members of staff. */
import { randomUUID } from "node:crypto";
import type { StaffActor, StaffRole } from "@/lib/auth/staff-actor";
import { account, employeeAccount, enrollment, insuranceHistory, payment, paymentNotice, registryAssistance, registryHousehold, registryPerson, staffAccount } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { composeIdNumber } from "@/lib/identity/id-number";
import type { Region, Residency } from "@/lib/rules";

export type ResidentFixture = {
  id: string;
  district: string;
  region?: Region;
  residency?: Residency;
  born?: string;
  /** An active 职工医保 account. */
  employee?: boolean;
  /** Years in insurance_history. */
  insured?: number[];
  /** A registration for the year: what it leaves to pay (0: fully subsidised) and the benefit days it decided. */
  registered?: { year: number; payableFen?: number; benefitDays?: number; cancelled?: boolean };
  notice?: { year: number; status: "open" | "paid" | "expired" | "cancelled"; dueDate?: string; amountFen?: number; benefitDays?: number; paidOn?: string; channel?: string };
  roster?: { packId: string; group: string }[];
};

let serial = 0;
const next = () => (serial += 1);

/** Writes the residents (and their households, one per region and district) with everything their fixture says. */
export async function seedResidents(db: Db, residents: readonly ResidentFixture[], at: Date): Promise<void> {
  const households = new Map<string, { id: string; region: Region; district: string }>();
  for (const r of residents) {
    const region = r.region ?? "ningbo";
    const id = `t-${region}-${r.district}`;
    households.set(id, { id, region, district: r.district });
  }
  await db
    .insert(registryHousehold)
    .values([...households.values()].map((h) => ({ ...h, kind: "hukou" as const, address: `${h.district}测试路1号` })))
    .onConflictDoNothing();
  for (const r of residents) {
    const born = r.born ?? "1980-01-01";
    await db.insert(registryPerson).values({
      id: r.id,
      idNumber: composeIdNumber("330203", born, String(100 + next()).slice(-3)),
      name: `测试${r.id}`,
      sex: "female",
      birthDate: born,
      residency: r.residency ?? "local-hukou",
      householdId: `t-${r.region ?? "ningbo"}-${r.district}`,
      householdRole: "head",
    });
    if (r.employee) await db.insert(employeeAccount).values({ personId: r.id, province: "zhejiang", city: "宁波市", status: "active", historicalBalanceFen: 0, updatedAt: at });
    for (const year of r.insured ?? []) await db.insert(insuranceHistory).values({ personId: r.id, coverageYear: year, region: r.region ?? "ningbo", category: "adult" });
    for (const member of r.roster ?? []) await db.insert(registryAssistance).values({ personId: r.id, packId: member.packId, groupCode: member.group, source: "seed", importedAt: at });
    if (r.registered) await register(db, r.id, r.registered, at);
    if (r.notice) await issue(db, r.id, r.notice, at);
  }
}

async function register(db: Db, personId: string, registered: NonNullable<ResidentFixture["registered"]>, at: Date) {
  const [holder] = await db.insert(account).values({ phone: `139${String(next()).padStart(8, "0")}`, createdAt: at }).returning({ id: account.id });
  await db.insert(enrollment).values({
    reference: `T${next()}`,
    personId,
    coverageYear: registered.year,
    packId: "test",
    packFingerprint: "0".repeat(64),
    status: registered.cancelled ? "cancelled" : "registered",
    category: "adult",
    route: "register",
    request: {} as never,
    answer: { contribution: { payable: registered.payableFen ?? 78_000 }, coverage: { benefitDays: registered.benefitDays ?? 365 } } as never,
    contactPhone: "13900000000",
    actorAccountId: holder!.id,
    actorPersonId: personId,
    actingAs: "self",
    submittedAt: at,
    cancelledAt: registered.cancelled ? at : null,
  });
}

async function issue(db: Db, personId: string, notice: NonNullable<ResidentFixture["notice"]>, at: Date) {
  const amountFen = notice.amountFen ?? 78_000;
  const paid = notice.status === "paid";
  const paymentId = paid ? randomUUID() : null;
  const [row] = await db
    .insert(paymentNotice)
    .values({
      number: `TN${next()}`,
      personId,
      kind: "renewal",
      packId: "test",
      coverageYear: notice.year,
      category: "adult",
      request: {} as never,
      amountFen,
      provisional: false,
      issuedOn: "2025-11-01",
      dueDate: notice.dueDate ?? "2025-12-26",
      status: notice.status,
      issuedAt: at,
      issuedByAccountId: randomUUID(),
      issuedByPersonId: personId,
      actingAs: "self",
      paidAt: paid ? at : null,
      paymentId,
      benefitDays: paid ? (notice.benefitDays ?? 365) : null,
      closedAt: notice.status === "expired" || notice.status === "cancelled" ? at : null,
    })
    .returning({ id: paymentNotice.id });
  if (paid) await pay(db, row!.id, { id: paymentId!, paidOn: notice.paidOn ?? "2025-11-20", channel: notice.channel ?? "sandbox-cashier", amountFen, outcome: "applied" });
}

/** A payment for a notice: applied (the notice's own) or refund-due (a second one). */
export async function pay(
  db: Db,
  noticeId: string,
  money: { id?: string; paidOn: string; channel: string; amountFen: number; outcome: "applied" | "refund-due" },
): Promise<void> {
  const paidAt = new Date(`${money.paidOn}T12:00:00+08:00`);
  await db.insert(payment).values({
    id: money.id ?? randomUUID(),
    noticeId,
    provider: money.channel,
    providerReference: `P${next()}`,
    amountFen: money.amountFen,
    paidAt,
    paidOn: money.paidOn,
    receivedAt: paidAt,
    via: "callback",
    outcome: money.outcome,
    refundReason: money.outcome === "refund-due" ? "duplicate" : null,
  });
}

/** A member of staff with an account row (so that the audit search can find them by number). */
export async function staffMember(db: Db, staffNumber: string, roles: StaffRole[], region: string | null, at: Date): Promise<StaffActor> {
  const [row] = await db
    .insert(staffAccount)
    .values({ staffNumber, displayName: `职员${staffNumber}`, passwordHash: "not-a-hash", roles, region, createdAt: at })
    .returning({ id: staffAccount.id });
  return { staffId: row!.id, staffNumber, roles, region };
}

let staffCounter = 0;

/** A member of staff with these roles and region, numbered in turn, without going through the staff sign-in. */
export function staffFor(db: Db, roles: StaffRole[], region: string | null = null): Promise<StaffActor> {
  staffCounter += 1;
  return staffMember(db, `T${String(staffCounter).padStart(5, "0")}${roles.map((r) => r[0]).join("")}`, roles, region, new Date("2025-11-01T00:00:00Z"));
}

/** What a resident's session holds, passed where a service wants a member of staff (it must be refused). */
export const residentAsStaff = (actor: { accountId: string; personId: string }) => actor as unknown as StaffActor;
