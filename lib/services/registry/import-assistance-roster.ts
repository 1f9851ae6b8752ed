import { createHash } from "node:crypto";
import { and, eq, inArray, or } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { registryAssistance, registryImport, registryPerson } from "@/lib/db/schema";
import type { Db, DbOrTx, Tx } from "@/lib/db/types";
import { maskIdNumber } from "@/lib/identity/id-number";
import { checkRoster, type CheckedRoster, type RosterProblem } from "@/lib/registry/assistance-roster";
import { assistanceCodes } from "@/lib/rules";

export type RosterImportReport =
  | { ok: false; reason: "unknown-pack"; packId: string }
  | {
      ok: boolean;
      reason?: "invalid-rows";
      packId: string;
      rowsRead: number;
      valid: number;
      problems: RosterProblem[];
      /** Rows added to the roster now; 0 when every valid row was already on it. */
      imported: number;
      alreadyOnRoster: number;
    };

export type RosterMember = { personId: string; name: string; idNumberMasked: string; groupCode: string };

/** What importing a roster file would do, worked out without writing anything. */
export type RosterPlan = {
  packId: string;
  fileSha256: string;
  checked: CheckedRoster;
  /** Valid rows whose person is not yet in that group. */
  toAdd: (RosterMember & { line: number })[];
  alreadyOnRoster: number;
  /**
   * In one of the file's groups now but not in the file: removed only when the file is applied as
   * the whole roster of its groups (the office console); the command line only adds.
   */
  notInFile: RosterMember[];
};

/**
 * The one core of a roster import, for the command line and the office console: every row is
 * checked (lib/registry/assistance-roster) against the population register, and compared with
 * the roster as it stands. Reads only.
 */
export async function planRoster(db: DbOrTx, input: { csv: string; packId: string }): Promise<{ ok: true; plan: RosterPlan } | { ok: false; reason: "unknown-pack"; packId: string }> {
  const groups = assistanceCodes(input.packId).map((g) => g.code);
  if (groups.length === 0) return { ok: false, reason: "unknown-pack", packId: input.packId };
  const fileSha256 = createHash("sha256").update(input.csv).digest("hex");
  const checked = await checkRoster(input.csv, groups, async (idNumbers) => {
    const people = [];
    for (const slice of slices(idNumbers)) {
      people.push(
        ...(await db.select({ personId: registryPerson.id, idNumber: registryPerson.idNumber, name: registryPerson.name }).from(registryPerson).where(inArray(registryPerson.idNumber, slice))),
      );
    }
    return new Map(people.map((p) => [p.idNumber, { personId: p.personId, name: p.name }]));
  });
  const fileGroups = [...new Set(checked.valid.map((row) => row.groupCode))];
  const current = fileGroups.length
    ? await db
        .select({ personId: registryAssistance.personId, groupCode: registryAssistance.groupCode, name: registryPerson.name, idNumber: registryPerson.idNumber })
        .from(registryAssistance)
        .innerJoin(registryPerson, eq(registryPerson.id, registryAssistance.personId))
        .where(and(eq(registryAssistance.packId, input.packId), inArray(registryAssistance.groupCode, fileGroups)))
    : [];
  const key = (personId: string, groupCode: string) => `${personId}|${groupCode}`;
  const onRoster = new Set(current.map((m) => key(m.personId, m.groupCode)));
  const inFile = new Set(checked.valid.map((row) => key(row.personId, row.groupCode)));
  const toAdd = checked.valid
    .filter((row) => !onRoster.has(key(row.personId, row.groupCode)))
    .map((row) => ({ line: row.line, personId: row.personId, name: row.name, idNumberMasked: maskIdNumber(row.idNumber), groupCode: row.groupCode }));
  return {
    ok: true,
    plan: {
      packId: input.packId,
      fileSha256,
      checked,
      toAdd,
      alreadyOnRoster: checked.valid.length - toAdd.length,
      notInFile: current
        .filter((m) => !inFile.has(key(m.personId, m.groupCode)))
        .map((m) => ({ personId: m.personId, name: m.name, idNumberMasked: maskIdNumber(m.idNumber), groupCode: m.groupCode })),
    },
  };
}

/** Writes a plan: adds its new members (and, with `removeNotInFile`, removes those not in the file), and records the file. */
export async function applyRosterPlan(tx: Tx, plan: RosterPlan, options: { removeNotInFile: boolean }, at: Date): Promise<{ added: RosterMember[]; removed: RosterMember[] }> {
  const added: RosterMember[] = [];
  for (const slice of slices(plan.toAdd)) {
    const inserted = await tx
      .insert(registryAssistance)
      .values(slice.map((row) => ({ personId: row.personId, packId: plan.packId, groupCode: row.groupCode, source: `import:${plan.fileSha256}`, importedAt: at })))
      .onConflictDoNothing({ target: [registryAssistance.personId, registryAssistance.packId, registryAssistance.groupCode] })
      .returning({ personId: registryAssistance.personId, groupCode: registryAssistance.groupCode });
    const landed = new Set(inserted.map((i) => `${i.personId}|${i.groupCode}`));
    added.push(...slice.filter((row) => landed.has(`${row.personId}|${row.groupCode}`)));
  }
  const removed = options.removeNotInFile ? plan.notInFile : [];
  for (const slice of slices(removed)) {
    await tx
      .delete(registryAssistance)
      .where(and(eq(registryAssistance.packId, plan.packId), or(...slice.map((m) => and(eq(registryAssistance.personId, m.personId), eq(registryAssistance.groupCode, m.groupCode))))));
  }
  if (added.length > 0 || removed.length > 0) {
    await tx
      .insert(registryImport)
      .values({ kind: "assistance", packId: plan.packId, fileSha256: plan.fileSha256, rowsRead: plan.checked.rowsRead, rowsImported: added.length, importedAt: at })
      .onConflictDoNothing();
  }
  return { added, removed };
}

/** A statement holds at most 65,535 parameters: large files are read and written in slices. */
function slices<T>(items: T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * The insurance office feeds the registry from the command line: every row is checked first, and
 * nothing is written when any row fails unless skipInvalid. Rows already on the roster are left as
 * they are, so importing the same file again changes nothing. One transaction, one audit event
 * when something changed.
 */
export async function importAssistanceRoster(db: Db, input: { csv: string; packId: string; skipInvalid: boolean }, at: Date): Promise<RosterImportReport> {
  return db.transaction(async (tx): Promise<RosterImportReport> => {
    const planned = await planRoster(tx, input);
    if (!planned.ok) return planned;
    const { plan } = planned;
    const { checked } = plan;
    const summary = { packId: input.packId, rowsRead: checked.rowsRead, valid: checked.valid.length, problems: checked.problems };
    if (checked.fatal || (checked.problems.length > 0 && !input.skipInvalid)) {
      return { ok: false, reason: "invalid-rows", ...summary, imported: 0, alreadyOnRoster: 0 };
    }
    const { added } = await applyRosterPlan(tx, plan, { removeNotInFile: false }, at);
    if (added.length > 0) {
      await appendAudit(tx, at, {
        action: "registry.import",
        outcome: "success",
        detail: { kind: "assistance", packId: input.packId, file: plan.fileSha256.slice(0, 16), rowsRead: checked.rowsRead, imported: added.length, skipped: checked.problems.length },
      });
    }
    return { ok: true, ...summary, imported: added.length, alreadyOnRoster: checked.valid.length - added.length };
  });
}
