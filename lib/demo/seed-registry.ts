import { sql } from "drizzle-orm";
import {
  employeeAccount,
  insuranceHistory,
  registryAssistance,
  registryHousehold,
  registryPerson,
  registryPermit,
  registryRelation,
  registrySchool,
} from "../db/schema";
import type { Db } from "../db/types";
import type { Relation } from "@/lib/rules";
import { DEMO_HOUSEHOLDS, type DemoHousehold } from "./people";

const INVERSE: Record<Relation, Relation> = {
  spouse: "spouse",
  parent: "child",
  child: "parent",
  sibling: "sibling",
  grandparent: "grandchild",
  grandchild: "grandparent",
};

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Writes the synthetic registry in one transaction. Idempotent: every row is an upsert on its
 * natural key, so running it again leaves the same rows (and the same ids). Accounts, sessions and
 * the audit trail are not touched.
 */
export async function seedDemoRegistry(db: Db, at: Date, households: DemoHousehold[] = DEMO_HOUSEHOLDS): Promise<{ households: number; people: number }> {
  const people = households.flatMap((h) => h.members.map((m) => ({ ...m, householdId: h.id, region: h.region })));
  await db.transaction(async (tx) => {
    await tx
      .insert(registryHousehold)
      .values(households.map(({ id, region, kind, district, address }) => ({ id, region, kind, district, address })))
      .onConflictDoUpdate({
        target: registryHousehold.id,
        set: { region: excluded("region"), kind: excluded("kind"), district: excluded("district"), address: excluded("address") },
      });
    await tx
      .insert(registryPerson)
      .values(
        people.map((p) => ({
          id: p.id,
          idNumber: p.idNumber,
          name: p.name,
          sex: p.sex,
          birthDate: p.birthDate,
          nationality: p.nationality ?? "CHN",
          residency: p.residency,
          householdId: p.householdId,
          householdRole: p.householdRole,
          phone: p.phone ?? null,
        })),
      )
      .onConflictDoUpdate({
        target: registryPerson.id,
        set: {
          idNumber: excluded("id_number"),
          name: excluded("name"),
          sex: excluded("sex"),
          birthDate: excluded("birth_date"),
          nationality: excluded("nationality"),
          residency: excluded("residency"),
          householdId: excluded("household_id"),
          householdRole: excluded("household_role"),
          phone: excluded("phone"),
        },
      });

    const relations = households.flatMap((h) =>
      h.relations.flatMap(([personId, relativeId, relation]) => [
        { personId, relativeId, relation },
        { personId: relativeId, relativeId: personId, relation: INVERSE[relation] },
      ]),
    );
    if (relations.length > 0) {
      await tx
        .insert(registryRelation)
        .values(relations)
        .onConflictDoUpdate({ target: [registryRelation.personId, registryRelation.relativeId], set: { relation: excluded("relation") } });
    }

    const permits = people.flatMap((p) =>
      p.permit ? [{ personId: p.id, region: p.region, ...p.permit, number: p.permit.number ?? p.idNumber }] : [],
    );
    await tx
      .insert(registryPermit)
      .values(permits)
      .onConflictDoUpdate({
        target: registryPermit.number,
        set: { personId: excluded("person_id"), kind: excluded("kind"), region: excluded("region"), issuedBy: excluded("issued_by"), validFrom: excluded("valid_from"), validTo: excluded("valid_to") },
      });

    const schools = people.flatMap((p) => (p.school ? [{ personId: p.id, region: p.region, fullTime: true, ...p.school }] : []));
    await tx
      .insert(registrySchool)
      .values(schools)
      .onConflictDoUpdate({
        target: [registrySchool.personId, registrySchool.schoolName, registrySchool.enrolledOn],
        set: { level: excluded("level"), region: excluded("region"), expectedEnd: excluded("expected_end") },
      });

    const memberships = people.flatMap((p) => (p.assistance ?? []).map((a) => ({ personId: p.id, ...a, source: "seed", importedAt: at })));
    await tx
      .insert(registryAssistance)
      .values(memberships)
      .onConflictDoNothing({ target: [registryAssistance.personId, registryAssistance.packId, registryAssistance.groupCode] });

    const employees = people.flatMap((p) => (p.employee ? [{ personId: p.id, ...p.employee, updatedAt: at }] : []));
    await tx
      .insert(employeeAccount)
      .values(employees)
      .onConflictDoUpdate({
        target: employeeAccount.personId,
        set: { province: excluded("province"), city: excluded("city"), status: excluded("status"), historicalBalanceFen: excluded("historical_balance_fen") },
      });

    const history = people.flatMap((p) => (p.history ?? []).map((h) => ({ personId: p.id, region: p.region, zeroClaim: false, ...h })));
    await tx
      .insert(insuranceHistory)
      .values(history)
      .onConflictDoUpdate({
        target: [insuranceHistory.personId, insuranceHistory.coverageYear],
        set: { region: excluded("region"), category: excluded("category"), zeroClaim: excluded("zero_claim") },
      });
  });
  return { households: households.length, people: people.length };
}
