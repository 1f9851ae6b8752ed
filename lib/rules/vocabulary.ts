/**
 * The words the rules, the registry (Drizzle), the forms (zod) and the API share, each listed
 * once. A leaf: it imports nothing, so a browser form that needs a list loads only this file.
 */

/** Where a pack applies: 宁波市 or 宁夏回族自治区. The order in which regions are shown comes from the packs. */
export const REGIONS = ["ningbo", "ningxia"] as const;
export type Region = (typeof REGIONS)[number];

/** 本市户籍 / 本市有效居住证 / 港澳台居民居住证 / 外国人永久居留身份证 / none of these. */
export const RESIDENCIES = ["local-hukou", "residence-permit", "hmt-residence-permit", "foreign-permanent-residence", "none"] as const;
export type Residency = (typeof RESIDENCIES)[number];

/** The residencies that rest on a permit the registry holds. */
export const PERMIT_KINDS = ["residence-permit", "hmt-residence-permit", "foreign-permanent-residence"] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

/** Full-time school enrolment (学籍): 中小学(含职高、技工、特殊教育) or 高校/技师学院/科研院所. */
export const SCHOOL_LEVELS = ["primary-secondary", "higher-education"] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
/** A person's school enrolment as the rules are asked: a level, or none. */
export const SCHOOLS = ["none", ...SCHOOL_LEVELS] as const;
export type School = (typeof SCHOOLS)[number];

/** Basic medical insurance a person already has for the coverage year: 职工医保, or resident insurance elsewhere. */
export const OTHER_INSURANCE = ["none", "employee", "resident-elsewhere"] as const;
export type OtherInsurance = (typeof OTHER_INSURANCE)[number];

/**
 * 近亲属, the registry's relation codes: 配偶、父母、子女、兄弟姐妹; grandparent covers 祖父母 and
 * 外祖父母, grandchild covers 孙子女 and 外孙子女.
 */
export const RELATIONS = ["spouse", "parent", "child", "sibling", "grandparent", "grandchild"] as const;
export type Relation = (typeof RELATIONS)[number];

/** A member's place in the household register (与户主关系). */
export const HOUSEHOLD_ROLES = ["head", "spouse", "child", "parent", "grandchild", "sibling", "other"] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/** Every assistance group (资助参保 / 动态参保) any pack knows; each pack says which of them it has. */
export const ASSISTANCE_CODES = [
  "special-care",
  "severe-disability",
  "minimum-living",
  "near-minimum-living",
  "extreme-poverty",
  "orphan",
  "retired-cadre-widow",
  "low-income-elderly",
  "monitored-poverty-risk",
  "moderate-disability",
  "lifted-from-poverty",
  "veteran",
  "released-prisoner",
  "employee-continuity",
  "new-college-entrant",
] as const;
export type AssistanceCode = (typeof ASSISTANCE_CODES)[number];
