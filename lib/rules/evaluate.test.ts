import { describe, expect, it } from "vitest";
import { allCases, type EvaluateCase } from "./evaluate.cases";
import { evaluate } from "./evaluate";
import { answerSchema, requestSchema } from "./schema";

function run(row: EvaluateCase) {
  const request = requestSchema.parse(row.request);
  return evaluate(request, { today: row.today ?? request.asOf ?? "2026-01-01" });
}

for (const [group, rows] of Object.entries(allCases)) {
  describe(group, () => {
    it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
      const result = run(row);
      if ("error" in row.expected) {
        expect(result).toMatchObject({ ok: false, error: { code: row.expected.error } });
        return;
      }
      if (!result.ok) throw new Error(result.error.message);
      const answer = answerSchema.parse(result.answer);
      expect(answer).toMatchObject(row.expected);
      const codes = answer.reasons.map((reason) => reason.code);
      for (const code of row.reasons ?? []) expect(codes).toContain(code);
      if (row.ineligibility) expect(answer.ineligibility.map((reason) => reason.code)).toEqual(row.ineligibility);
    });
  });
}
