/**
 * Issue 13, finding 9: a stranger who types a name and an ID number — at sign-in's real-name step, or
 * when asking a relative's consent — gets the same answer after the same queries whether or not the
 * pair exists, matches, or is bound elsewhere. [case, name, ID number].
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindRealName } from "@/lib/auth/real-name";
import { capturingSms, signInForTest } from "@/lib/auth/testing";
import { createRecordingTestDatabase } from "@/lib/db/testing";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { composeIdNumber } from "@/lib/identity/id-number";
import { requestConsent } from "./consent";
import { actorFor } from "./testing";

const AT = new Date("2025-11-20T02:00:00Z");
const TODAY = "2025-11-20";
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const NOBODY = composeIdNumber("330212", "19520312", "999");
const chen = person("陈桂芳");
const lin = person("林志强");

const PAIRS: [string, string, string][] = [
  ["a number nobody has", chen.name, NOBODY],
  ["someone's number with another name", `${chen.name}某`, chen.idNumber],
  ["the right name and number", chen.name, chen.idNumber],
  ["a person bound to another phone", lin.name, lin.idNumber],
  ["a child's name and number", person("周子航").name, person("周子航").idNumber],
];

/** The statements' text with the literal values of the schema's enums left as they are: parameters never show. */
const shape = (statements: string[]) => statements.map((s) => s.replace(/\s+/g, " "));

describe("answers that tell a stranger nothing", () => {
  let opened: Awaited<ReturnType<typeof createRecordingTestDatabase>>;
  const sms = capturingSms();
  beforeAll(async () => {
    opened = await createRecordingTestDatabase();
    await seedDemoRegistry(opened.db, AT);
    await actorFor(opened.db, lin.id, lin.phone!, AT); // 林志强 is bound to his own phone
  }, 120_000);
  afterAll(async () => opened?.close());

  it("sign-in's real-name step: one answer and one sequence of queries for every pair", async () => {
    const runs: { answer: unknown; queries: string[] }[] = [];
    for (const [index, [, name, idNumber]] of PAIRS.entries()) {
      const signedIn = await signInForTest(opened.db, `1370000910${index}`, AT);
      opened.statements.length = 0;
      const answer = await bindRealName(opened.db, sms, { accountId: signedIn.accountId, name, idNumber, clientAddress: "192.0.2.77", sessionToken: undefined }, AT, TODAY);
      runs.push({ answer, queries: shape(opened.statements) });
    }
    for (const run of runs) expect(run).toEqual(runs[0]);
    expect(runs[0]!.answer).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
  });

  it("asking a stranger's consent: one answer and one sequence of queries for every pair", async () => {
    const runs: { answer: unknown; queries: string[] }[] = [];
    const stranger = await actorFor(opened.db, "nb-07-1", "13700009200", AT); // 梁嘉欣: no relation to any of them
    for (const [, name, idNumber] of PAIRS) {
      opened.statements.length = 0;
      const answer = await requestConsent(opened.db, sms, stranger, { name, idNumber, relation: "child" }, AT, TODAY);
      runs.push({ answer, queries: shape(opened.statements) });
    }
    for (const run of runs) expect(run).toEqual(runs[0]);
    expect(runs[0]!.answer).toEqual({ ok: false, reason: "not-matched" });
  });
});
