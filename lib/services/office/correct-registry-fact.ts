import { and, eq, gte, lte, notInArray } from "drizzle-orm";
import { employeeAccount, insuranceHistory, registryAssistance, registryPerson, registryPermit, registrySchool } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/types";
import type { CorrectedValue } from "@/lib/forms/office-queues";
import { assistanceCodes, PERMIT_KINDS, type PermitKind, type PolicyDescription, type Region } from "@/lib/rules";

export type FactError = { field: string; key: "permitTaken" | "schoolEndPast" | "groupUnknown" | "provinceRequired" };

/** Who the records are about, and the pack the facts are read for. */
type Subject = { personId: string; region: Region; pack: PolicyDescription; correctionId: string };

/** Shown as the issuer of a permit the office entered from the resident's own document. */
const ENTERED_BY_OFFICE = "医保经办机构（更正）";

/**
 * Writes a corrected fact into the data-sharing registry, where loadRegistryFacts reads it: the
 * person's residency (with the permit it rests on), a school enrolment, the assistance groups of
 * the pack, last year's insurance, or the employee account's standing. "other" changes no record.
 */
export async function correctRegistryFact(tx: Tx, subject: Subject, value: CorrectedValue, today: string, at: Date): Promise<FactError | null> {
  const { personId, region, pack } = subject;
  switch (value.fact) {
    case "residency": {
      await tx.update(registryPerson).set({ residency: value.residency }).where(eq(registryPerson.id, personId));
      if (!(PERMIT_KINDS as readonly string[]).includes(value.residency)) return null;
      const kind = value.residency as PermitKind;
      const [held] = await tx.select().from(registryPermit).where(eq(registryPermit.number, value.permitNumber));
      if (held && held.personId !== personId) return { field: "permitNumber", key: "permitTaken" };
      const permit = { kind, region, validTo: value.permitValidTo || null };
      if (held) await tx.update(registryPermit).set(permit).where(eq(registryPermit.id, held.id));
      else await tx.insert(registryPermit).values({ ...permit, personId, number: value.permitNumber, issuedBy: ENTERED_BY_OFFICE, validFrom: today });
      return null;
    }
    case "school": {
      const current = and(eq(registrySchool.personId, personId), lte(registrySchool.enrolledOn, today), gte(registrySchool.expectedEnd, today));
      if (value.schoolLevel === "none") {
        await tx.update(registrySchool).set({ fullTime: false }).where(current);
        return null;
      }
      if (value.schoolEnd <= today) return { field: "schoolEnd", key: "schoolEndPast" };
      await tx.update(registrySchool).set({ fullTime: false }).where(current);
      await tx
        .insert(registrySchool)
        .values({ personId, level: value.schoolLevel, schoolName: value.schoolName, region, fullTime: true, enrolledOn: today, expectedEnd: value.schoolEnd })
        .onConflictDoUpdate({ target: [registrySchool.personId, registrySchool.schoolName, registrySchool.enrolledOn], set: { level: value.schoolLevel, fullTime: true, expectedEnd: value.schoolEnd } });
      return null;
    }
    case "assistance": {
      const known = assistanceCodes(pack.id, today).map((g) => g.code as string);
      if (value.groups.some((code) => !known.includes(code))) return { field: "groups", key: "groupUnknown" };
      const mine = and(eq(registryAssistance.personId, personId), eq(registryAssistance.packId, pack.id));
      await tx.delete(registryAssistance).where(value.groups.length ? and(mine, notInArray(registryAssistance.groupCode, value.groups)) : mine);
      if (value.groups.length) {
        await tx
          .insert(registryAssistance)
          .values(value.groups.map((groupCode) => ({ personId, packId: pack.id, groupCode, source: `correction:${subject.correctionId}`, importedAt: at })))
          .onConflictDoNothing({ target: [registryAssistance.personId, registryAssistance.packId, registryAssistance.groupCode] });
      }
      return null;
    }
    case "history": {
      const coverageYear = pack.coverageYear - 1;
      if (value.insuredLastYear === "no") {
        await tx.delete(insuranceHistory).where(and(eq(insuranceHistory.personId, personId), eq(insuranceHistory.coverageYear, coverageYear)));
        return null;
      }
      await tx
        .insert(insuranceHistory)
        .values({ personId, coverageYear, region, category: value.lastCategory })
        .onConflictDoUpdate({ target: [insuranceHistory.personId, insuranceHistory.coverageYear], set: { region, category: value.lastCategory } });
      return null;
    }
    case "employee": {
      const status = value.employed === "yes" ? "active" : "closed";
      const [updated] = await tx.update(employeeAccount).set({ status, updatedAt: at }).where(eq(employeeAccount.personId, personId)).returning({ personId: employeeAccount.personId });
      if (updated || status === "closed") return null;
      if (!value.province || !value.city) return { field: value.province ? "city" : "province", key: "provinceRequired" };
      await tx.insert(employeeAccount).values({ personId, province: value.province, city: value.city, status, historicalBalanceFen: 0, updatedAt: at });
      return null;
    }
    case "other":
      return null;
  }
}
