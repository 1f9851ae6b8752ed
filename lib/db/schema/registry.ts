/** The data-sharing registry: what government records already say about a resident. Money is integer fen. */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, serial, text, unique, varchar } from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads this file without the project's path aliases.
import { HOUSEHOLD_ROLES, PERMIT_KINDS, REGIONS, RELATIONS, RESIDENCIES, SCHOOL_LEVELS } from "../../rules/vocabulary";
import { instant, day } from "./columns";

/** 户: a household register (户口簿) or, for non-local residents, a residence registration. */
export const registryHousehold = pgTable("registry_household", {
  id: text("id").primaryKey(),
  region: text("region", { enum: REGIONS }).notNull(),
  kind: text("kind", { enum: ["hukou", "residence"] }).notNull(),
  /** 区县, e.g. 海曙区. */
  district: text("district").notNull(),
  address: text("address").notNull(),
});

/** A resident as the population register knows them. ID numbers pass the GB 11643 check. */
export const registryPerson = pgTable(
  "registry_person",
  {
    id: text("id").primaryKey(),
    idNumber: varchar("id_number", { length: 18 }).notNull().unique(),
    name: text("name").notNull(),
    sex: text("sex", { enum: ["female", "male"] }).notNull(),
    birthDate: day("birth_date").notNull(),
    /** ISO 3166 alpha-3. */
    nationality: varchar("nationality", { length: 3 }).notNull().default("CHN"),
    residency: text("residency", { enum: RESIDENCIES }).notNull(),
    householdId: text("household_id")
      .notNull()
      .references(() => registryHousehold.id),
    /** 与户主关系. */
    householdRole: text("household_role", { enum: HOUSEHOLD_ROLES }).notNull(),
    phone: varchar("phone", { length: 11 }),
  },
  (t) => [
    index("registry_person_household_idx").on(t.householdId),
    check("registry_person_id_number_shape", sql`${t.idNumber} ~ '^[0-9]{17}[0-9X]$'`),
  ],
);

/** Close relatives, one row per direction: `relation` is what the relative is to the person. */
export const registryRelation = pgTable(
  "registry_relation",
  {
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    relativeId: text("relative_id")
      .notNull()
      .references(() => registryPerson.id),
    relation: text("relation", { enum: RELATIONS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.relativeId] }), check("registry_relation_not_self", sql`${t.personId} <> ${t.relativeId}`)],
);

/** 居住证, 港澳台居民居住证, 外国人永久居留身份证. */
export const registryPermit = pgTable(
  "registry_permit",
  {
    id: serial("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    kind: text("kind", { enum: PERMIT_KINDS }).notNull(),
    number: text("number").notNull().unique(),
    region: text("region", { enum: REGIONS }).notNull(),
    issuedBy: text("issued_by").notNull(),
    validFrom: day("valid_from").notNull(),
    validTo: day("valid_to"),
  },
  (t) => [index("registry_permit_person_idx").on(t.personId)],
);

/** Full-time school enrolment (学籍). */
export const registrySchool = pgTable(
  "registry_school",
  {
    id: serial("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    level: text("level", { enum: SCHOOL_LEVELS }).notNull(),
    schoolName: text("school_name").notNull(),
    region: text("region", { enum: REGIONS }).notNull(),
    fullTime: boolean("full_time").notNull().default(true),
    enrolledOn: day("enrolled_on").notNull(),
    expectedEnd: day("expected_end").notNull(),
  },
  (t) => [unique("registry_school_enrolment").on(t.personId, t.schoolName, t.enrolledOn)],
);

/** Rosters of the subsidised groups, by pack, as the insurance office imports them. Never set by a resident's claim. */
export const registryAssistance = pgTable(
  "registry_assistance",
  {
    id: serial("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    packId: text("pack_id").notNull(),
    groupCode: text("group_code").notNull(),
    /** Where the row came from: "seed" or "import:<sha256 of the file>". */
    source: text("source").notNull(),
    importedAt: instant("imported_at").notNull(),
  },
  (t) => [unique("registry_assistance_membership").on(t.personId, t.packId, t.groupCode)],
);

/** One row per roster file imported, so that a re-import is recognised. */
export const registryImport = pgTable(
  "registry_import",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: ["assistance"] }).notNull(),
    packId: text("pack_id").notNull(),
    fileSha256: varchar("file_sha256", { length: 64 }).notNull(),
    rowsRead: integer("rows_read").notNull(),
    rowsImported: integer("rows_imported").notNull(),
    importedAt: instant("imported_at").notNull(),
  },
  (t) => [unique("registry_import_file").on(t.kind, t.packId, t.fileSha256)],
);

/** 职工医保 accounts with the 历年账户 (accumulated personal account) balance. */
export const employeeAccount = pgTable(
  "employee_account",
  {
    personId: text("person_id")
      .primaryKey()
      .references(() => registryPerson.id),
    /** Where the employee is insured: the province (zhejiang, ningxia, …) and the city. */
    province: text("province").notNull(),
    city: text("city").notNull(),
    status: text("status", { enum: ["active", "closed"] }).notNull(),
    historicalBalanceFen: integer("historical_balance_fen").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [check("employee_account_balance_not_negative", sql`${t.historicalBalanceFen} >= 0`)],
);

/** Resident insurance by person and coverage year: feeds renewal, gap years and consecutive years. */
export const insuranceHistory = pgTable(
  "insurance_history",
  {
    id: serial("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    coverageYear: integer("coverage_year").notNull(),
    region: text("region", { enum: REGIONS }).notNull(),
    category: text("category").notNull(),
    /** Whether the pooled fund reimbursed nothing that year. */
    zeroClaim: boolean("zero_claim").notNull().default(false),
  },
  (t) => [unique("insurance_history_person_year").on(t.personId, t.coverageYear)],
);
