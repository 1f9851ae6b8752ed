import { describe, expect, it } from "vitest";
import { packById } from "@/lib/rules";
import { answerFor, type PayerStanding, type RelativeOption } from "@/lib/services/family/payer-standing";
import { payerWhy } from "./payer-reasons";

const pack = packById("ningbo-2026", "2025-11-20")!;
const employee: PayerStanding = { pack, employee: { province: "zhejiang", city: "ningbo", balanceFen: 100_000 } };
const none: PayerStanding = { pack, employee: null };
const relative = (standing: PayerStanding, relation: RelativeOption["relation"], region = "ningbo"): RelativeOption => ({
  personId: `p-${relation}`,
  name: "亲属",
  idNumber: "",
  birthDate: "1950-01-01",
  relation,
  answer: answerFor(standing, relation, region),
});

describe("payerWhy (我的共济: can I pay, and why)", () => {
  it("an employee with a close relative may pay: bind first, the balance, each reason once and no channel (that is per relative)", () => {
    const why = payerWhy(employee, [relative(employee, "parent"), relative(employee, "spouse")]);
    expect(why.allowed).toBe(true);
    expect(why.reasons.map((r) => r.code)).toEqual(["familyAid.bind-first", "familyAid.account-balance"]);
  });

  it("someone without employee insurance is told why not, with the clause, whether or not they have relatives", () => {
    for (const relatives of [[relative(none, "parent")], []]) {
      const why = payerWhy(none, relatives);
      expect(why.allowed).toBe(false);
      expect(why.reasons).toEqual([{ code: "familyAid.payer-not-employee", source: pack.familyAid!.payerProvince.source }]);
    }
  });
});
