/**
 * A pack's case table (content/policies/<pack-id>.cases.yaml), read like PolicyEngine's YAML tests:
 * each case an API.md request (`input`) and the fields of the answer it must give (`output`, by
 * dotted path). `npm test` runs every table; a pack without one fails it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { evaluateUnder } from "../evaluate";
import { plainDateSchema, requestSchema, type EligibilityAnswer, type ParsedRequest } from "../schema";
import { CASES_SUFFIX } from "./load";
import type { Pack } from "./types";

export const caseTableSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1),
      /** The service date; the request's asOf when absent. */
      today: plainDateSchema.optional(),
      input: z.record(z.string(), z.unknown()),
      output: z.record(z.string(), z.unknown()).refine((output) => Object.keys(output).length > 0, { message: "A case says what the answer must be" }),
    }),
  )
  .min(1, { message: "A case table has at least one case" });

export type PackCase = z.infer<typeof caseTableSchema>[number];

/** The cases of a table; throws with what is wrong (the test names the file). */
export function readCases(text: string): PackCase[] {
  return caseTableSchema.parse(parse(text));
}

export function valueAt(answer: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined), answer);
}

/** `expected` holds for `actual`: objects by the keys `expected` names, lists item by item. */
export function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => matches(item, actual[i]));
  if (typeof expected === "object" && expected !== null) {
    return typeof actual === "object" && actual !== null && Object.entries(expected).every(([key, value]) => matches(value, (actual as Record<string, unknown>)[key]));
  }
  return Object.is(expected, actual);
}

/** The request of a case, under `pack`. */
export function caseRequest(pack: Pack, row: PackCase): ParsedRequest {
  return requestSchema.parse({ ...row.input, policy: pack.id });
}

export type CaseOutcome = { name: string; answer: EligibilityAnswer; mismatches: { field: string; expected: unknown; actual: unknown }[] };

/** `reasons:` in an output lists reason codes the answer must carry (others may be there too). */
export function runCase(pack: Pack, row: PackCase): CaseOutcome {
  const request = caseRequest(pack, row);
  const answer = evaluateUnder(request, pack, { today: row.today ?? request.asOf ?? pack.periods.registration.value.start });
  const mismatches = Object.entries(row.output).flatMap(([field, expected]) => {
    if (field === "reasons" && Array.isArray(expected)) {
      const codes = answer.reasons.map((reason) => reason.code);
      const missing = expected.filter((code) => !codes.includes(String(code)));
      return missing.length === 0 ? [] : [{ field, expected, actual: codes }];
    }
    const actual = valueAt(answer, field);
    return matches(expected, actual) ? [] : [{ field, expected, actual }];
  });
  return { name: row.name, answer, mismatches };
}

/** Each pack file of `dir` with its case table beside it (null when it has none: the test command fails). */
export function caseTablesOf(dir: string): { packId: string; file: string; text: string | null }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") && !name.endsWith(CASES_SUFFIX))
    .sort()
    .map((name) => {
      const packId = name.replace(/\.yaml$/, "");
      const file = path.join(dir, `${packId}${CASES_SUFFIX}`);
      return { packId, file, text: existsSync(file) ? readFileSync(file, "utf8") : null };
    });
}
