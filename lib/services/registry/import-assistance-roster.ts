import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { registryAssistance, registryImport, registryPerson } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { checkRoster, type RosterProblem } from "@/lib/registry/assistance-roster";
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

/**
 * The insurance office feeds the registry: every row is checked first, and nothing is written when
 * any row fails unless skipInvalid. Rows already on the roster are left as they are, so importing
 * the same file again changes nothing. One transaction, one audit event when something changed.
 */
export async function importAssistanceRoster(
  db: Db,
  input: { csv: string; packId: string; skipInvalid: boolean },
  at: Date,
): Promise<RosterImportReport> {
  const groups = assistanceCodes(input.packId).map((g) => g.code);
  if (groups.length === 0) return { ok: false, reason: "unknown-pack", packId: input.packId };
  const fileSha256 = createHash("sha256").update(input.csv).digest("hex");

  return db.transaction(async (tx) => {
    const checked = await checkRoster(input.csv, groups, async (idNumbers) => {
      if (idNumbers.length === 0) return new Map();
      const people = await tx
        .select({ personId: registryPerson.id, idNumber: registryPerson.idNumber, name: registryPerson.name })
        .from(registryPerson)
        .where(inArray(registryPerson.idNumber, idNumbers));
      return new Map(people.map((p) => [p.idNumber, { personId: p.personId, name: p.name }]));
    });
    const summary = { packId: input.packId, rowsRead: checked.rowsRead, valid: checked.valid.length, problems: checked.problems };
    if (checked.fatal || (checked.problems.length > 0 && !input.skipInvalid)) {
      return { ok: false, reason: "invalid-rows", ...summary, imported: 0, alreadyOnRoster: 0 };
    }
    const inserted =
      checked.valid.length === 0
        ? []
        : await tx
            .insert(registryAssistance)
            .values(checked.valid.map((row) => ({ personId: row.personId, packId: input.packId, groupCode: row.groupCode, source: `import:${fileSha256}`, importedAt: at })))
            .onConflictDoNothing({ target: [registryAssistance.personId, registryAssistance.packId, registryAssistance.groupCode] })
            .returning({ id: registryAssistance.id });
    if (inserted.length > 0) {
      await tx
        .insert(registryImport)
        .values({ kind: "assistance", packId: input.packId, fileSha256, rowsRead: checked.rowsRead, rowsImported: inserted.length, importedAt: at })
        .onConflictDoNothing();
      await appendAudit(tx, at, {
        action: "registry.import",
        outcome: "success",
        detail: { kind: "assistance", packId: input.packId, file: fileSha256.slice(0, 16), rowsRead: checked.rowsRead, imported: inserted.length, skipped: checked.problems.length },
      });
    }
    return { ok: true, ...summary, imported: inserted.length, alreadyOnRoster: checked.valid.length - inserted.length };
  });
}
