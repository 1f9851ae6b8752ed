import { describe, expect, it } from "vitest";
import { familyAid, reimbursementOpensOn, type FamilyAidQuestion } from "./family-aid";
import { packById } from "./packs/catalog";

const TODAY = "2026-11-23";
const pack = (id: string) => {
  const found = packById(id, TODAY);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
};
const place = (province: "zhejiang" | "ningxia" | "other", city: string) => ({ province, city });

describe("家庭共济, ningbo-2026 问答五: who may pay, and through which channel", () => {
  const cases: { name: string; question: FamilyAidQuestion; channel: string | null; refusals?: string[] }[] = [
    {
      name: "例1: a Hangzhou employee (老张) pays for his son studying at Ningbo University, insured in Ningbo → Ningbo tax channel",
      question: { payerEmployeeInsurance: place("zhejiang", "hangzhou"), relation: "child", beneficiaryResidentInsurance: place("zhejiang", "ningbo") },
      channel: "ningbo-tax",
    },
    {
      name: "例2: a Ningbo employee (老王) pays for parents insured in Ningbo → Ningbo tax channel",
      question: { payerEmployeeInsurance: place("zhejiang", "ningbo"), relation: "parent", beneficiaryResidentInsurance: place("zhejiang", "ningbo") },
      channel: "ningbo-tax",
    },
    {
      name: "例3: a Ningbo employee (老张) pays for parents insured in Hangzhou → Zhejiang provincial tax channel",
      question: { payerEmployeeInsurance: place("zhejiang", "ningbo"), relation: "parent", beneficiaryResidentInsurance: place("zhejiang", "hangzhou") },
      channel: "zhejiang-tax",
    },
    {
      name: "三(二)3: 外孙子女 is a close relative",
      question: { payerEmployeeInsurance: place("zhejiang", "wenzhou"), relation: "grandchild", beneficiaryResidentInsurance: place("zhejiang", "ningbo") },
      channel: "ningbo-tax",
    },
    {
      name: "问答五: someone without employee insurance cannot pay from an account",
      question: { payerEmployeeInsurance: null, relation: "parent", beneficiaryResidentInsurance: place("zhejiang", "ningbo") },
      channel: null,
      refusals: ["familyAid.payer-not-employee"],
    },
    {
      name: "问答五: an employee insured outside Zhejiang (Shanghai) cannot pay",
      question: { payerEmployeeInsurance: place("other", "shanghai"), relation: "spouse", beneficiaryResidentInsurance: place("zhejiang", "ningbo") },
      channel: null,
      refusals: ["familyAid.payer-outside-province"],
    },
    {
      name: "问答五: nobody but the listed close relatives (an aunt is not one)",
      question: { payerEmployeeInsurance: place("zhejiang", "ningbo"), relation: "other", beneficiaryResidentInsurance: place("zhejiang", "ningbo") },
      channel: null,
      refusals: ["familyAid.relation-not-close"],
    },
    {
      name: "问答五: the relative must be insured in Zhejiang (parents insured in Anhui)",
      question: { payerEmployeeInsurance: place("zhejiang", "ningbo"), relation: "parent", beneficiaryResidentInsurance: place("other", "hefei") },
      channel: null,
      refusals: ["familyAid.beneficiary-outside-province"],
    },
  ];

  it.each(cases)("$name", ({ question, channel, refusals }) => {
    const answer = familyAid(pack("ningbo-2026"), question);
    if (channel) {
      expect(answer).toMatchObject({ allowed: true, mode: "account-debit", channel });
      if (answer.allowed) expect(answer.reasons.every((r) => r.source.startsWith("ningbo-2026-enrollment#"))).toBe(true);
    } else {
      expect(answer.allowed).toBe(false);
      if (!answer.allowed) expect(answer.refusals.map((r) => r.code)).toEqual(refusals);
    }
  });

  it("carries over to the projected ningbo-2027 pack", () => {
    expect(familyAid(pack("ningbo-2027"), cases[2]!.question)).toMatchObject({ allowed: true, channel: "zhejiang-tax" });
  });

  it("is not offered by packs whose sources do not describe it (ningbo-2023)", () => {
    expect(familyAid(pack("ningbo-2023"), cases[1]!.question)).toMatchObject({ allowed: false, refusals: [{ code: "familyAid.not-in-pack" }] });
  });
});

describe("代缴返还, ningxia-2026 二(三): claimed from the third working day after the relative's payment", () => {
  it.each([
    ["paid Monday 2026-03-09 → Thursday 2026-03-12", "2026-03-09", "2026-03-12"],
    ["paid Wednesday 2026-03-11 → Monday 2026-03-16 (the weekend does not count)", "2026-03-11", "2026-03-16"],
    ["paid Friday 2026-03-13 → Wednesday 2026-03-18", "2026-03-13", "2026-03-18"],
    ["paid Saturday 2026-03-14 → Wednesday 2026-03-18", "2026-03-14", "2026-03-18"],
    ["paid Sunday 2026-03-15 → Wednesday 2026-03-18", "2026-03-15", "2026-03-18"],
    ["paid Wednesday 2025-12-31 → Monday 2026-01-05, across the year end", "2025-12-31", "2026-01-05"],
  ])("%s", (_name, paid, opens) => {
    expect(reimbursementOpensOn(pack("ningxia-2026"), paid)).toMatchObject({ ok: true, opensOn: opens });
  });

  it("is provisional because the official holiday list is not among the sources", () => {
    const opening = reimbursementOpensOn(pack("ningxia-2026"), "2026-03-09");
    expect(opening).toMatchObject({ ok: true, provisional: true });
    if (opening.ok) expect(opening.reasons.map((r) => r.code)).toEqual(["familyAid.reimbursement", "familyAid.holidays-provisional"]);
  });

  it("the relative's relation and the payer's province decide who may claim", () => {
    const ningxia = pack("ningxia-2026");
    const base = { relation: "parent" as const, beneficiaryResidentInsurance: place("ningxia", "yinchuan") };
    expect(familyAid(ningxia, { ...base, payerEmployeeInsurance: place("ningxia", "yinchuan") })).toMatchObject({ allowed: true, channel: "ningxia-reimbursement" });
    expect(familyAid(ningxia, { ...base, payerEmployeeInsurance: place("zhejiang", "ningbo") })).toMatchObject({ allowed: false });
  });

  it("is not a Ningbo rule", () => {
    expect(reimbursementOpensOn(pack("ningbo-2026"), "2026-03-09")).toMatchObject({ ok: false });
  });
});
