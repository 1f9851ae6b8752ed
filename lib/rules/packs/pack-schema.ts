/**
 * The shape of a policy pack file (content/policies/<pack-id>.yaml), checked when it is loaded:
 * a whole pack, or one that `extends` an earlier pack and lists only the figures that differ
 * (docs/decisions/0018-policy-packs-as-data.md). Every object is strict: an unknown key is refused.
 */
import { z } from "zod";
import { reasonCodes } from "../reason-codes";
import { categorySchema, figureStatusSchema, plainDateSchema } from "../schema";
import { ASSISTANCE_CODES, REGIONS, RELATIONS } from "../vocabulary";
import type { Pack, SourceRef } from "./types";

const PACK_ID = /^[a-z]+-\d{4}$/;

export const sourceRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+#\S+$/, { message: 'A source is "<document-id>#<clause>", e.g. ningbo-2026-enrollment#二(二)' }) as unknown as z.ZodType<SourceRef>;

const dateRangeSchema = z
  .strictObject({ start: plainDateSchema, end: plainDateSchema })
  .refine((range) => range.start <= range.end, { message: "The range ends before it starts: end must be on or after start", path: ["end"] });

/** Amounts in fen, counts of days, months and years: whole numbers, never negative. */
const amountSchema = z.number().int({ message: "Must be a whole number (amounts are in fen: 780 yuan is 78000)" }).nonnegative({ message: "Must not be negative" });
const provinceSchema = z.enum(["zhejiang", "ningxia", "other"]);

export function figureSchema<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, source: sourceRefSchema, status: figureStatusSchema });
}

const categorySchemeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("age-and-school"), infantUnderAge: figureSchema(amountSchema), minorMaxAge: figureSchema(amountSchema) }),
  z.strictObject({ kind: z.literal("single"), category: categorySchema, source: sourceRefSchema }),
]);

const lateRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("waiting-months"), fixedMonths: figureSchema(amountSchema), monthsPerGapYear: figureSchema(amountSchema) }),
  z.strictObject({ kind: z.literal("calendar-month"), startsInMonth: figureSchema(amountSchema), continuityWithinMonths: figureSchema(amountSchema) }),
  z.strictObject({
    kind: z.literal("waiting-days"),
    days: figureSchema(amountSchema),
    lateFees: z.array(z.strictObject({ window: figureSchema(dateRangeSchema), amount: figureSchema(amountSchema) })),
  }),
]);

const newbornRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("days-after-birth"), days: figureSchema(amountSchema) }),
  z.strictObject({ kind: z.literal("months-after-birth-month"), months: figureSchema(amountSchema) }),
  z.strictObject({ kind: z.literal("dynamic-group"), days: figureSchema(amountSchema) }),
]);

const assistanceGroupSchema = z.strictObject({
  code: z.enum(ASSISTANCE_CODES),
  label: z.string().min(1),
  individual: figureSchema(amountSchema).optional(),
  fullSubsidy: figureSchema(z.boolean()).optional(),
  dynamic: figureSchema(z.boolean()).optional(),
  waitingExempt: figureSchema(z.boolean()).optional(),
  dynamicOnly: z.boolean().optional(),
});

const conditionCode = z.literal("admission.parent-employee-insurance").optional();
const admissionSchema = z.strictObject({
  localHukou: sourceRefSchema,
  schoolAnyHukou: sourceRefSchema,
  residencePermit: z.strictObject({ source: sourceRefSchema, maxAgeOnBaseDate: figureSchema(amountSchema).optional(), conditionCode }).nullable(),
  parentPermitChild: z.strictObject({ source: sourceRefSchema, maxMonthsOld: figureSchema(amountSchema).optional(), conditionCode }).nullable(),
  hmt: z.strictObject({ source: sourceRefSchema, notEmployed: z.boolean() }).nullable(),
  foreignPermanent: z.strictObject({ source: sourceRefSchema, notEmployed: z.boolean() }).nullable(),
  duplicate: sourceRefSchema,
  otherResident: sourceRefSchema,
});

const refundRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("before-benefits"), source: sourceRefSchema }),
  z.strictObject({ kind: z.literal("cutoff"), stopsFrom: figureSchema(plainDateSchema), deathRefundUntil: figureSchema(plainDateSchema) }),
]);

const relationsSchema = figureSchema(z.array(z.enum(RELATIONS)).min(1).readonly());
const familyAidSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("account-debit"),
    payerProvince: figureSchema(provinceSchema),
    beneficiaryProvince: figureSchema(provinceSchema),
    relations: relationsSchema,
    localCity: figureSchema(z.string().min(1)),
    bindingSource: sourceRefSchema,
  }),
  z.strictObject({
    kind: z.literal("reimbursement"),
    payerProvince: figureSchema(provinceSchema),
    relations: relationsSchema,
    claimAfterWorkingDays: figureSchema(amountSchema),
    holidays: figureSchema(z.array(plainDateSchema).readonly()),
    workingWeekendDays: figureSchema(z.array(plainDateSchema).readonly()),
    bindingSource: sourceRefSchema,
  }),
]);

/** Basis points: 9950 = 99.5%, at most 10000. */
const rateSchema = amountSchema.max(10_000, { message: "A rate is in basis points: at most 10000 (100%)" });
const targetsSchema = z.strictObject({
  localHukou: figureSchema(rateSchema).optional(),
  assisted: z.strictObject({ groups: figureSchema(z.array(z.enum(ASSISTANCE_CODES)).readonly()), rate: figureSchema(rateSchema) }).optional(),
});

const feeSchema = z.strictObject({ individual: figureSchema(amountSchema), government: figureSchema(amountSchema) });

const citeSchema = z.partialRecord(z.enum(reasonCodes), sourceRefSchema);
const channelsSchema = z.strictObject({
  online: z.array(z.string().min(1)),
  offline: z.array(z.string().min(1)),
  notes: z.array(z.string().min(1)).optional(),
  source: sourceRefSchema,
});
const sourcesSchema = z.array(z.string().regex(/^[a-z0-9-]+$/, { message: "A source is a document id, e.g. ningbo-2026-enrollment" })).min(1);

/** A whole pack: everything the engine reads. */
export const packSchema = z
  .strictObject({
    id: z.string().regex(PACK_ID, { message: "A pack id is <region>-<year>, e.g. ningbo-2027" }),
    region: z.enum(REGIONS),
    regionName: z.string().min(1),
    coverageYear: z.number().int().min(1990).max(2099),
    sources: sourcesSchema,
    baseDate: figureSchema(plainDateSchema),
    periods: z.strictObject({
      registration: figureSchema(dateRangeSchema),
      payment: figureSchema(dateRangeSchema),
      coverage: figureSchema(dateRangeSchema),
    }),
    dynamicPeriod: figureSchema(dateRangeSchema).optional(),
    categoryScheme: categorySchemeSchema,
    categories: z.array(categorySchema).min(1),
    fees: z.partialRecord(categorySchema, feeSchema),
    longTermCare: figureSchema(amountSchema).optional(),
    admission: admissionSchema,
    assistance: z.array(assistanceGroupSchema),
    fullSubsidyNeedsLocalHukou: z.boolean(),
    reconfirmation: z.boolean(),
    late: lateRuleSchema,
    newborn: newbornRuleSchema,
    incentive: z
      .strictObject({ afterYears: figureSchema(amountSchema), perYear: figureSchema(amountSchema), zeroClaim: figureSchema(amountSchema), cap: figureSchema(amountSchema) })
      .optional(),
    refund: refundRuleSchema,
    channels: channelsSchema,
    familyAid: familyAidSchema.optional(),
    targets: targetsSchema.optional(),
    cite: citeSchema.and(z.object({ "pack.default": sourceRefSchema })),
  })
  .refine((pack) => pack.categories.every((category) => pack.fees[category] !== undefined), {
    message: "Every category the pack lists needs its fee under fees",
    path: ["fees"],
  });

/** A pack that extends an earlier one: what differs, figure by figure (dotted paths, as `rules -- check` prints them). */
export const extendingPackSchema = z.strictObject({
  id: z.string().regex(PACK_ID, { message: "A pack id is <region>-<year>, e.g. ningbo-2027" }),
  extends: z.string().regex(PACK_ID, { message: "extends names an earlier pack by id, e.g. ningbo-2026" }),
  coverageYear: z.number().int().min(1990).max(2099),
  regionName: z.string().min(1).optional(),
  sources: sourcesSchema.optional(),
  figures: z.record(z.string().regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, { message: "A figure is named by its dotted path, e.g. fees.adult.individual" }), z.strictObject({ value: z.unknown(), source: sourceRefSchema, status: figureStatusSchema })).default({}),
  channels: channelsSchema.optional(),
  cite: citeSchema.optional(),
});
export type ExtendingPackFile = z.infer<typeof extendingPackSchema>;

type ParsedPack = z.infer<typeof packSchema>;
// The file's shape and the engine's type agree: a change to one that the other misses fails to compile.
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : "the engine's Pack has what the file schema lacks") : "the file schema has what the engine's Pack lacks";
const agrees: Agrees<ParsedPack, Omit<Pack, "projected">> = true;
void agrees;

export function asPack(parsed: ParsedPack, projected = false): Pack {
  return { ...parsed, projected };
}
