import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSchema, evaluate, requestSchema, type EligibilityRequest } from "@/lib/rules";
import { validRequest } from "@/lib/api/testing/arbitraries";
import { postJson } from "@/lib/api/testing/http";
import { POST } from "@/app/api/v1/eligibility/route";
import { runCli } from "./lib/run-cli";

const TODAY = "2026-03-10";

/** Varied requests: random ones plus some that lean on today (no asOf) and on region choice. */
function sample(): EligibilityRequest[] {
  const person = { birthDate: "1990-05-01", residency: "local-hukou" } as const;
  return [
    ...fc.sample(validRequest, { numRuns: 60, seed: 42 }),
    { policy: "ningbo-2026", person },
    { region: "ningxia", person: { ...person, assistance: ["minimum-living"] } },
    { person: { birthDate: "2025-11-15", residency: "residence-permit", parentResidencePermit: true } },
    { policy: "ningbo-2026", asOf: "2026-02-13", person: { birthDate: "2025-11-15", residency: "local-hukou", newborn: { payPreviousYear: true } } },
    { policy: "ningbo-2026", asOf: "2026-03-10", person: { ...person, otherInsurance: "employee" } },
  ];
}

describe("one request, three doors, one answer", () => {
  beforeAll(() => {
    process.env.PORTAL_TODAY = TODAY;
  });
  afterAll(() => {
    delete process.env.PORTAL_TODAY;
  });

  it("gives identical answers through evaluate, HTTP and the CLI", async () => {
    const requests = sample();

    const direct = requests.map((request) => {
      const result = evaluate(requestSchema.parse(request), { today: TODAY });
      return result.ok ? result.answer : { error: result.error };
    });

    const http = await Promise.all(
      requests.map(async (request) => (await POST(postJson("/api/v1/eligibility", request))).json() as Promise<unknown>),
    );

    const run = await runCli(["evaluate"], requests.map((request) => JSON.stringify(request)).join("\n"), { PORTAL_TODAY: TODAY });
    expect(run.status).toBe(0);
    const cli = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);

    expect(http).toEqual(direct);
    expect(cli).toEqual(direct);

    // The sample is only worth something if it is varied and mostly answered.
    const answers = direct.flatMap((body) => (answerSchema.safeParse(body).success ? [answerSchema.parse(body)] : []));
    expect(answers.length).toBeGreaterThanOrEqual(50);
    expect(new Set(answers.map((answer) => answer.policy.id)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(answers.map((answer) => answer.eligible))).toEqual(new Set([true, false]));
    expect(new Set(answers.map((answer) => answer.category)).size).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
