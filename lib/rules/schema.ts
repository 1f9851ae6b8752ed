import { z } from "zod";
import { ASSISTANCE_CODES, OTHER_INSURANCE, REGIONS, RESIDENCIES, SCHOOLS } from "./vocabulary";

/** A real calendar date, YYYY-MM-DD, between 1900 and 2099. */
export function isPlainDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2099) return false;
  const instant = new Date(Date.UTC(year, month - 1, day));
  return instant.getUTCFullYear() === year && instant.getUTCMonth() === month - 1 && instant.getUTCDate() === day;
}

export const plainDateSchema = z
  .iso.date()
  .refine(isPlainDate, { message: "Must be a real calendar date between 1900-01-01 and 2099-12-31" })
  .meta({ description: "A calendar date in Asia/Shanghai, YYYY-MM-DD", example: "2026-03-10" });

// ---------------------------------------------------------------- enums

export const regionSchema = z.enum(REGIONS).meta({
  description: "宁波市 (ningbo) or 宁夏回族自治区 (ningxia)",
  example: "ningbo",
});
export const residencySchema = z
  .enum(RESIDENCIES)
  .meta({
    description:
      "本市户籍 / 本市有效居住证 / 港澳台居民居住证 / 外国人永久居留身份证 / none of these (a non-local child may still enrol through a parent's permit)",
    example: "local-hukou",
  });
export const schoolSchema = z.enum(SCHOOLS).meta({
  description: "Full-time school enrolment in the region: 中小学(含职高、技工、特殊教育) or 高校/技师学院/科研院所",
  example: "none",
});
export const otherInsuranceSchema = z.enum(OTHER_INSURANCE).meta({
  description: "Basic medical insurance the person already has for the coverage year: 职工医保 or resident insurance in another place",
  example: "none",
});
export const categorySchema = z.enum(["infant", "student", "minor", "college", "adult", "resident"]).meta({
  description: "参保类别: 婴幼儿 / 中小学生 / 其他未成年人 / 大学生 / 成年居民 (ningbo packs); resident (ningxia)",
  example: "adult",
});
export const routeSchema = z.enum(["renewal", "register", "re-register", "school"]).meta({
  description: "办理方式: 续保 (pay directly) / 参保登记 / 重新办理参保手续 / 由学校统一办理",
  example: "renewal",
});
export const periodSchema = z.enum(["not-open", "centralized", "late", "dynamic", "closed"]).meta({
  description: "Where asOf falls: before registration opens, the centralized period, after it (年中参保/补缴), the Ningxia dynamic period, after the coverage year",
  example: "centralized",
});
export const figureStatusSchema = z.enum(["verified", "provisional"]).meta({
  description: "verified: read from a source; provisional: a stand-in (以税务部门核定金额为准)",
  example: "verified",
});

export const assistanceCodeSchema = z.enum(ASSISTANCE_CODES).meta({
  description: "An assistance group (资助参保 / 动态参保 group); which codes apply depends on the pack",
  example: "minimum-living",
});

export type { Region, Residency, School, AssistanceCode } from "./vocabulary";
export type Category = z.infer<typeof categorySchema>;
export type Route = z.infer<typeof routeSchema>;
export type Period = z.infer<typeof periodSchema>;
export type FigureStatus = z.infer<typeof figureStatusSchema>;

// ---------------------------------------------------------------- request

const historySchema = z
  .object({
    insuredLastYear: z
      .boolean()
      .default(false)
      .meta({ description: "Resident-insured here in the previous coverage year", example: true }),
    lastCategory: categorySchema
      .nullable()
      .default(null)
      .meta({ description: "Category of the previous coverage year, if insured", example: "adult" }),
    consecutiveYears: z
      .int()
      .min(0)
      .max(200)
      .default(0)
      .meta({
        description: "Continuous insured years, counting the coverage year applied for; a break restarts the count",
        example: 6,
      }),
    gapYears: z
      .int()
      .min(0)
      .max(200)
      .default(0)
      .meta({ description: "Whole coverage years not insured immediately before the coverage year", example: 0 }),
    zeroClaimLastYear: z
      .boolean()
      .default(false)
      .meta({ description: "No reimbursement from the pooled fund in the previous year (统筹基金零报销)", example: false }),
  })
  .meta({ description: "Insurance history" });

const newbornOptionsSchema = z
  .object({
    payPreviousYear: z.boolean().default(false).meta({
      description:
        "A child born in the previous year, paying within 90 days of birth, also pays the previous year so that cover starts at birth",
      example: false,
    }),
  })
  .meta({ description: "Newborn options" });

export const personSchema = z
  .object({
    birthDate: plainDateSchema.meta({ description: "Date of birth, YYYY-MM-DD", example: "1990-05-01" }),
    residency: residencySchema,
    parentResidencePermit: z.boolean().default(false).meta({
      description: "A parent holds a valid city residence permit (or HMT residence permit) — for a non-local newborn or preschool child",
      example: false,
    }),
    employed: z.boolean().default(false).meta({ description: "Currently employed (就业)", example: false }),
    school: schoolSchema.default("none"),
    otherInsurance: otherInsuranceSchema.default("none"),
    assistance: z
      .array(assistanceCodeSchema)
      .max(20)
      .default([])
      .meta({ description: "Assistance groups the person belongs to (from the office's rosters)", example: [] }),
    history: historySchema.default({
      insuredLastYear: false,
      lastCategory: null,
      consecutiveYears: 0,
      gapYears: 0,
      zeroClaimLastYear: false,
    }),
    newborn: newbornOptionsSchema.default({ payPreviousYear: false }),
  })
  .meta({ description: "The person to be insured" });

export const requestSchema = z
  .object({
    policy: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .meta({ description: "A policy pack id; when absent, region and asOf choose the pack", example: "ningbo-2026" }),
    region: regionSchema.default("ningbo"),
    asOf: plainDateSchema
      .optional()
      .meta({ description: "The date the resident registers and pays; default today in Asia/Shanghai", example: "2026-03-10" }),
    person: personSchema,
  })
  .meta({ id: "EligibilityRequest", description: "An eligibility question" });

export type EligibilityRequest = z.input<typeof requestSchema>;
export type ParsedRequest = z.output<typeof requestSchema>;
export type Person = ParsedRequest["person"];

// ---------------------------------------------------------------- answer

const fen = z.int().min(0).meta({ description: "Money in fen (1 yuan = 100 fen)", example: 78000 });

export const sourceRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+#.+$/)
  .meta({ description: "<source-id>#<clause>, an anchor of /sources/<source-id>", example: "ningbo-2026-enrollment#二(一)1(5)" });

export const reasonSchema = z
  .object({
    code: z.string().meta({ description: "Stable reason code; messages/reasons/<locale>.json has its words", example: "category.adult" }),
    source: sourceRefSchema,
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .meta({ description: "Values for the message's ICU placeholders", example: { months: 3 } }),
  })
  .meta({ id: "Reason" });
export type Reason = z.infer<typeof reasonSchema>;

export const dateRangeSchema = z
  .object({ start: plainDateSchema, end: plainDateSchema })
  .meta({ description: "Inclusive date range" });
export type DateRange = z.infer<typeof dateRangeSchema>;

export const packPeriodsSchema = z
  .object({
    registration: dateRangeSchema.meta({ description: "集中参保期" }),
    payment: dateRangeSchema.meta({ description: "集中缴费期" }),
    coverage: dateRangeSchema.meta({ description: "医保年度 (待遇享受期 of the centralized period)" }),
  })
  .meta({ description: "The pack's periods" });

const breakdownLineSchema = z.object({
  code: z.string().meta({ description: "What this part of the individual contribution is", example: "contribution.long-term-care" }),
  amount: fen,
  source: sourceRefSchema,
});

export const contributionSchema = z
  .object({
    individual: fen.meta({ description: "个人缴费 of the category (full year), fen" }),
    government: fen.meta({ description: "政府补助, fen" }),
    payable: fen.meta({ description: "What the person pays now (after full subsidy, late fee, both newborn years), fen" }),
    fullySubsidized: z.boolean().meta({ description: "个人缴费政府全额资助" }),
    provisional: z.boolean().meta({ description: "Some figure is a stand-in: show 以税务部门核定金额为准" }),
    currency: z.literal("CNY"),
    lateFee: z.boolean().optional().meta({ description: "payable is a late-payment amount (宁夏补缴)" }),
    breakdown: z.array(breakdownLineSchema).meta({ description: "Lines of the payable amount" }),
  })
  .meta({ id: "Contribution" });

export const coverageSchema = z
  .object({
    start: plainDateSchema.nullable().meta({ description: "First day of cover if paid on asOf; null when the payment buys no benefit day" }),
    end: plainDateSchema,
    waitingMonths: z.int().min(0),
    waitingDays: z.int().min(0),
    benefitDays: z.int().min(0).meta({ description: "Inclusive day count start..end; 0 when start is null" }),
  })
  .meta({ id: "Coverage" });

export const deadlineSchema = z.object({
  code: z.string().meta({ example: "deadline.newborn" }),
  date: plainDateSchema,
  source: sourceRefSchema,
});

export const newbornOptionSchema = z.object({
  years: z.array(z.int()).meta({ description: "Coverage years paid", example: [2025, 2026] }),
  payable: fen,
  coverageStart: plainDateSchema.nullable(),
  benefitDays: z.int().min(0).meta({ description: "Benefit days in the pack's coverage year and before it, inclusive" }),
  chosen: z.boolean(),
});

export const answerSchema = z
  .object({
    policy: z.object({
      id: z.string().meta({ example: "ningbo-2026" }),
      region: regionSchema,
      coverageYear: z.int(),
    }),
    projected: z.boolean().meta({ description: "The pack is projected from the latest published year (政策尚未发布，预估)" }),
    asOf: plainDateSchema,
    eligible: z.boolean(),
    ineligibility: z.array(reasonSchema),
    category: categorySchema,
    ageOnBaseDate: z.int().min(0).meta({ description: "周岁 on the base date; 0 for a child born after it" }),
    route: routeSchema.optional(),
    period: periodSchema,
    periods: packPeriodsSchema,
    contribution: contributionSchema.optional(),
    coverage: coverageSchema.optional(),
    incentive: z
      .object({
        extraMajorIllnessLimit: fen.meta({ description: "Extra 大病保险 compliant-expense limit this year, fen" }),
        capFen: fen.optional(),
        provisional: z.boolean().optional(),
      })
      .optional(),
    breakCost: z
      .object({
        waitingMonths: z.int().min(0).meta({ description: "Waiting months if next year's centralized period is missed" }),
        extraMonthsPerGapYear: z.int().min(0),
        waitingDays: z.int().min(0),
        incentiveLost: fen.meta({ description: "Extra limit that a break would give up, fen" }),
      })
      .optional(),
    deadlines: z.array(deadlineSchema),
    newborn: z
      .object({
        deadline: plainDateSchema,
        options: z.array(newbornOptionSchema),
      })
      .optional(),
    documents: z.array(z.string()).meta({ description: "Document codes to bring", example: ["id-card"] }),
    provisional: z.boolean().meta({ description: "Some figure or date of this answer is provisional" }),
    reasons: z.array(reasonSchema),
  })
  .meta({ id: "EligibilityAnswer" });

export type EligibilityAnswer = z.infer<typeof answerSchema>;

export type EvaluationError = { code: "unknown-policy"; message: string };
export type EvaluationResult = { ok: true; answer: EligibilityAnswer } | { ok: false; error: EvaluationError };

// ---------------------------------------------------------------- policies

const figureSchema = z.object({
  value: z.union([z.number(), z.string(), z.boolean()]),
  source: sourceRefSchema,
  status: figureStatusSchema,
});

export const policyDescriptionSchema = z
  .object({
    id: z.string(),
    region: regionSchema,
    regionName: z.string().meta({ example: "宁波市" }),
    coverageYear: z.int(),
    projected: z.boolean(),
    sources: z.array(z.string()),
    periods: packPeriodsSchema,
    baseDate: plainDateSchema,
    categories: z.array(categorySchema),
    assistance: z.array(
      z.object({
        code: assistanceCodeSchema,
        label: z.string().meta({ description: "zh-Hans label", example: "低保家庭成员(含困境儿童)" }),
        dynamicOnly: z.boolean(),
      }),
    ),
    figures: z.record(z.string(), figureSchema).meta({ description: "Every figure with its source clause and status" }),
    channels: z.object({
      online: z.array(z.string()),
      offline: z.array(z.string()),
      notes: z.array(z.string()).optional().meta({ description: "What to know before paying (zh-Hans)" }),
      source: sourceRefSchema,
    }),
  })
  .meta({ id: "PolicyDescription" });

export const policiesResponseSchema = z.object({ policies: z.array(policyDescriptionSchema) });
export type PolicyDescription = z.infer<typeof policyDescriptionSchema>;
export type PoliciesResponse = z.infer<typeof policiesResponseSchema>;
