import { auditEvent } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";

export const AUDIT_ACTIONS = [
  "sign-in.code-sent",
  "sign-in.code-refused",
  "sign-in.success",
  "sign-in.failure",
  "sign-in.lockout",
  "real-name.bound",
  "real-name.bind-refused",
  "real-name.failure",
  "real-name.lockout",
  "real-name.proof-needed",
  "real-name.face-started",
  "real-name.face-refused",
  "real-name.face-passed",
  "real-name.face-failed",
  "real-name.face-lockout",
  "real-name.rebind-code-sent",
  "real-name.rebind-code-refused",
  "real-name.rebind-code-failure",
  "real-name.released",
  "real-name.counter-refused",
  "real-name.announced",
  "sign-out",
  "sign-out.everywhere",
  "registry.import",
  "registration.started",
  "registration.step-saved",
  "registration.submitted",
  "registration.refused",
  "registration.cancelled",
  "correction.requested",
  "consent.requested",
  "consent.code-failure",
  "consent.confirmed",
  "consent.approved",
  "consent.refused",
  "consent.withdrawn",
  "payment.notice-issued",
  "payment.notice-expired",
  "payment.recorded",
  "payment.rejected",
  "payment.reconciled",
  "family.binding-requested",
  "family.binding-code-failure",
  "family.binding-confirmed",
  "family.binding-refused",
  "family.binding-revoked",
  "family.account-paid",
  "family.account-refused",
  "family.claim-submitted",
  "family.claim-refused",
  "office.sign-in.password-accepted",
  "office.sign-in.success",
  "office.sign-in.failure",
  "office.sign-in.lockout",
  "office.sign-in.refused",
  "office.enrolled",
  "office.recovery-code-used",
  "office.password-changed",
  "office.sign-out",
  "office.sign-out.everywhere",
  "office.staff-created",
  "office.staff-changed",
  "office.staff-disabled",
  "office.staff-enabled",
  "office.staff-second-factor-reset",
  "office.staff-password-reset",
  "office.staff-refused",
  "office.counter-lookup",
  "office.report-exported",
  "office.audit-searched",
  "office.correction-accepted",
  "office.correction-rejected",
  "office.claim-prepared",
  "office.claim-paid",
  "office.claim-rejected",
  "office.refund-prepared",
  "office.refund-approved",
  "office.refund-paid-out",
  "office.roster-uploaded",
  "office.roster-applied",
  "office.roster-added",
  "office.roster-removed",
  "office.policy-draft-uploaded",
  "office.refused",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  action: AuditAction;
  outcome: "success" | "failure" | "refused" | "locked";
  accountId?: string | null;
  /** The member of staff who acted, for everything done in the office console. */
  staffId?: string | null;
  personId?: string | null;
  /** reference(key, "phone", …), never the number. */
  phoneRef?: string | null;
  clientRef?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

/** Appends one event, inside the caller's transaction. */
export async function appendAudit(db: DbOrTx, at: Date, entry: AuditEntry): Promise<void> {
  await appendAuditEvents(db, at, [entry]);
}

/** Appends several events at once (one per person a roster changed), inside the caller's transaction. */
export async function appendAuditEvents(db: DbOrTx, at: Date, entries: AuditEntry[]): Promise<void> {
  // A statement holds at most 65,535 parameters: a large roster is written in slices.
  for (let start = 0; start < entries.length; start += 1000) {
    await db.insert(auditEvent).values(entries.slice(start, start + 1000).map((entry) => row(at, entry)));
  }
}

function row(at: Date, entry: AuditEntry) {
  return {
    at,
    action: entry.action,
    outcome: entry.outcome,
    accountId: entry.accountId ?? null,
    staffId: entry.staffId ?? null,
    personId: entry.personId ?? null,
    phoneRef: entry.phoneRef ?? null,
    clientRef: entry.clientRef ?? null,
    detail: entry.detail ?? {},
  };
}
