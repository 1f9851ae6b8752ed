import { desc, eq, inArray } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { correctionRequest, registryPerson, type Reassessment } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { correctionSchema } from "@/lib/forms/enrollment";
import { packForRegion } from "@/lib/rules";
import { peopleIMayActFor, registrationFor, rightToAct, type Actor } from "../people/right-to-act";
import { regionOf } from "./registry-facts";

export type CorrectionResult = { ok: true } | { ok: false; errors: { field: string; key: string }[] } | { ok: false; reason: "no-right" };

/** "This is wrong": recorded for the registry's keepers; the registration goes on meanwhile. */
export async function requestCorrection(db: Db, actor: Actor, personId: string, values: Record<string, string>, at: Date, today: string): Promise<CorrectionResult> {
  const parsed = correctionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), key: i.message })) };
  return db.transaction(async (tx) => {
    // Part of 参保登记: for the year the person registers in today.
    const coverageYear = packForRegion((await regionOf(tx, personId)) ?? "", today)?.coverageYear ?? Number(today.slice(0, 4));
    if (!(await rightToAct(tx, actor, personId, today, registrationFor(coverageYear))).ok) return { ok: false, reason: "no-right" };
    await tx.insert(correctionRequest).values({ personId, accountId: actor.accountId, fact: parsed.data.fact, note: parsed.data.note, createdAt: at });
    await appendAudit(tx, at, {
      action: "correction.requested",
      outcome: "success",
      accountId: actor.accountId,
      personId,
      detail: { actorPersonId: actor.personId, fact: parsed.data.fact },
    });
    return { ok: true };
  });
}

export type MyCorrection = {
  id: string;
  personId: string;
  personName: string;
  fact: string;
  note: string;
  status: "open" | "accepted" | "rejected";
  createdAt: Date;
  decidedAt: Date | null;
  /** The office's reason for a rejection, or its note on an accepted correction. */
  reason: string | null;
  correctedValue: Record<string, string | string[]> | null;
  reassessment: Reassessment | null;
};

/** Every "this is wrong" for the people the actor may act for, newest first, with the office's decision. */
export async function loadMyCorrections(db: DbOrTx, actor: Actor, today: string): Promise<MyCorrection[]> {
  const ids = (await peopleIMayActFor(db, actor, today)).map((p) => p.personId);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ c: correctionRequest, name: registryPerson.name })
    .from(correctionRequest)
    .innerJoin(registryPerson, eq(registryPerson.id, correctionRequest.personId))
    .where(inArray(correctionRequest.personId, ids))
    .orderBy(desc(correctionRequest.createdAt));
  return rows.map(({ c, name }) => ({
    id: c.id,
    personId: c.personId,
    personName: name,
    fact: c.fact,
    note: c.note,
    status: c.status,
    createdAt: c.createdAt,
    decidedAt: c.decidedAt,
    reason: c.reason,
    correctedValue: c.correctedValue,
    reassessment: c.reassessment,
  }));
}
