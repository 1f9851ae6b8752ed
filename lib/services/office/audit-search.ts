/**
 * The office's audit search (read-only): by person, by member of staff, by action and by date,
 * newest first, a page at a time (keyset on the event id), over at most a year. Each search is
 * itself appended to the trail, refused or not, with its criteria: the person by registry id,
 * never the ID number typed to find them.
 *
 * Who: reviewers and admins (maySearchAudit). Where: a member of staff of one region sees the
 * events about that region's residents and, for events about nobody, those of that region's staff.
 */
import { and, desc, eq, gte, inArray, isNull, lt, or, type SQL } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit, type AuditAction } from "@/lib/db/audit";
import { auditEvent, registryHousehold, registryPerson, staffAccount } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { maskIdNumber, normalizeIdNumber } from "@/lib/identity/id-number";
import type { Region } from "@/lib/rules";
import { addDays, daysInclusive } from "@/lib/rules/dates";
import { REPORT_LIMITS } from "@/lib/forms/office-reports";
import { maySearchAudit, servesRegion } from "./scope";

export const AUDIT_PAGE_SIZE = 50;

export type AuditCriteria = {
  /** A registry person id. */
  personId: string | null;
  staffNumber: string | null;
  action: AuditAction | null;
  /** Asia/Shanghai calendar dates, inclusive. */
  from: string;
  to: string;
  /** The page after this event id (older events). */
  before: number | null;
};

export type AuditPerson = { id: string; name: string; idNumberMasked: string };

export type AuditHit = {
  id: number;
  at: Date;
  action: string;
  outcome: string;
  staffNumber: string | null;
  person: AuditPerson | null;
  detail: Record<string, string | number | boolean | null>;
};

export type AuditRefusal = { ok: false; reason: "role" | "region" | "range" | "unknown-person" | "unknown-staff" };
export type AuditSearchResult = { ok: true; hits: AuditHit[]; next: number | null; person: AuditPerson | null } | AuditRefusal;

const startOf = (date: string) => new Date(`${date}T00:00:00+08:00`);

async function personOf(db: DbOrTx, where: SQL): Promise<(AuditPerson & { region: string }) | null> {
  const [row] = await db
    .select({ id: registryPerson.id, name: registryPerson.name, idNumber: registryPerson.idNumber, region: registryHousehold.region })
    .from(registryPerson)
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(where);
  return row ? { id: row.id, name: row.name, idNumberMasked: maskIdNumber(row.idNumber), region: row.region } : null;
}

/** What the trail keeps of a search: its criteria, with the person as a registry id only. */
function searched(criteria: Partial<AuditCriteria>, extra: Record<string, string | number | null>): Record<string, string | number | null> {
  return {
    staffNumber: criteria.staffNumber ?? null,
    action: criteria.action ?? null,
    from: criteria.from ?? null,
    to: criteria.to ?? null,
    before: criteria.before ?? null,
    ...extra,
  };
}

/**
 * The registry person a typed ID number names, for a search by person. A number nobody has, or a
 * person of a region the member of staff does not serve, is refused and audited like a search.
 */
export async function findPersonForAudit(db: Db, actor: StaffActor, idNumber: string, at: Date): Promise<{ ok: true; personId: string } | AuditRefusal> {
  return db.transaction(async (tx) => {
    const refuse = async (reason: AuditRefusal["reason"], personId: string | null = null): Promise<AuditRefusal> => {
      await appendAudit(tx, at, { action: "office.audit-searched", outcome: "refused", staffId: actor.staffId, personId, detail: { personBy: "id-number", reason } });
      return { ok: false, reason };
    };
    if (!maySearchAudit(actor)) return refuse("role");
    const person = await personOf(tx, eq(registryPerson.idNumber, normalizeIdNumber(idNumber)));
    if (!person) return refuse("unknown-person");
    if (!servesRegion(actor, person.region)) return refuse("region", person.id);
    return { ok: true, personId: person.id };
  });
}

/** One page of the trail, newest first; the search appended to it in the same transaction. */
export async function searchAudit(db: Db, actor: StaffActor, criteria: AuditCriteria, at: Date): Promise<AuditSearchResult> {
  return db.transaction(async (tx) => {
    const refuse = async (reason: AuditRefusal["reason"]): Promise<AuditRefusal> => {
      await appendAudit(tx, at, { action: "office.audit-searched", outcome: "refused", staffId: actor.staffId, personId: criteria.personId, detail: searched(criteria, { reason }) });
      return { ok: false, reason };
    };
    if (!maySearchAudit(actor)) return refuse("role");
    if (criteria.from > criteria.to || daysInclusive(criteria.from, criteria.to) > REPORT_LIMITS.auditDays) return refuse("range");

    const conditions: SQL[] = [gte(auditEvent.at, startOf(criteria.from)), lt(auditEvent.at, startOf(addDays(criteria.to, 1)))];
    let person: AuditPerson | null = null;
    if (criteria.personId !== null) {
      const found = await personOf(tx, eq(registryPerson.id, criteria.personId));
      if (!found) return refuse("unknown-person");
      if (!servesRegion(actor, found.region)) return refuse("region");
      person = { id: found.id, name: found.name, idNumberMasked: found.idNumberMasked };
      conditions.push(eq(auditEvent.personId, found.id));
    }
    if (criteria.staffNumber !== null) {
      const [staff] = await tx.select({ id: staffAccount.id }).from(staffAccount).where(eq(staffAccount.staffNumber, criteria.staffNumber));
      if (!staff) return refuse("unknown-staff");
      conditions.push(eq(auditEvent.staffId, staff.id));
    }
    if (criteria.action !== null) conditions.push(eq(auditEvent.action, criteria.action));
    if (criteria.before !== null) conditions.push(lt(auditEvent.id, criteria.before));
    if (actor.region !== null) {
      const residents = tx
        .select({ id: registryPerson.id })
        .from(registryPerson)
        .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
        .where(eq(registryHousehold.region, actor.region as Region));
      const staffOfRegion = tx.select({ id: staffAccount.id }).from(staffAccount).where(eq(staffAccount.region, actor.region));
      conditions.push(or(inArray(auditEvent.personId, residents), and(isNull(auditEvent.personId), inArray(auditEvent.staffId, staffOfRegion)))!);
    }

    const rows = await tx
      .select({
        id: auditEvent.id,
        at: auditEvent.at,
        action: auditEvent.action,
        outcome: auditEvent.outcome,
        detail: auditEvent.detail,
        staffNumber: staffAccount.staffNumber,
        personId: registryPerson.id,
        personName: registryPerson.name,
        idNumber: registryPerson.idNumber,
      })
      .from(auditEvent)
      .leftJoin(staffAccount, eq(staffAccount.id, auditEvent.staffId))
      .leftJoin(registryPerson, eq(registryPerson.id, auditEvent.personId))
      .where(and(...conditions))
      .orderBy(desc(auditEvent.id))
      .limit(AUDIT_PAGE_SIZE + 1);
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const hits = page.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      outcome: row.outcome,
      staffNumber: row.staffNumber,
      person: row.personId && row.personName && row.idNumber ? { id: row.personId, name: row.personName, idNumberMasked: maskIdNumber(row.idNumber) } : null,
      detail: row.detail,
    }));
    const next = rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null;
    await appendAudit(tx, at, { action: "office.audit-searched", outcome: "success", staffId: actor.staffId, personId: person?.id ?? null, detail: searched(criteria, { results: hits.length }) });
    return { ok: true, hits, next, person };
  });
}
