import { z } from "zod";
import {
  assistanceCodeSchema,
  categorySchema,
  otherInsuranceSchema,
  plainDateSchema,
  residencySchema,
  schoolSchema,
} from "@/lib/rules/schema";

/** Insurance history as the resident tells it: up to and including last coverage year. */
export const historyAnswerSchema = z.object({
  insuredLastYear: z.boolean(),
  /** Years in a row insured here, up to last year (1 = only last year). */
  yearsInsured: z.int().min(1).max(150).optional(),
  zeroClaimLastYear: z.boolean().optional(),
  lastCategory: categorySchema.optional(),
  /** Years in a row not insured, up to last year (gapYears of the request). */
  gapYears: z.int().min(1).max(150).optional(),
});
export type HistoryAnswer = z.infer<typeof historyAnswerSchema>;

/** Everything the journey may ask, as kept in the draft. Only the answers that apply are used. */
export const answersSchema = z.object({
  pack: z.string().max(64).optional(),
  birthDate: plainDateSchema.optional(),
  residency: residencySchema.optional(),
  otherInsurance: otherInsuranceSchema.optional(),
  school: schoolSchema.optional(),
  employed: z.boolean().optional(),
  parentResidencePermit: z.boolean().optional(),
  assistance: z.array(assistanceCodeSchema).max(20).optional(),
  history: historyAnswerSchema.optional(),
});
export type Answers = z.infer<typeof answersSchema>;
