import { RELATIONS } from "../vocabulary";
import { provisional, verified, yuan, type AssistanceGroup, type Pack } from "./types";

const S = "ningbo-2026-enrollment";
// The 2026 text has no refund rule; notice 37 (2023) stands in.
const N = "ningbo-2023-notice-37";

function subsidised(code: AssistanceGroup["code"], label: string): AssistanceGroup {
  return {
    code,
    label,
    fullSubsidy: verified(true, `${S}#二(二)`),
    // 问答一: 除新生儿、医疗救助对象等特殊群体外 … 设置等待期
    waitingExempt: verified(true, `${S}#问答一`),
  };
}

export const ningbo2026: Pack = {
  id: "ningbo-2026",
  region: "ningbo",
  regionName: "宁波市",
  coverageYear: 2026,
  projected: false,
  sources: [S],
  baseDate: verified("2025-12-31", `${S}#二(二)`),
  periods: {
    registration: verified({ start: "2025-09-15", end: "2025-12-25" }, `${S}#一(一)`),
    payment: verified({ start: "2025-09-15", end: "2025-12-26" }, `${S}#一(二)`),
    coverage: verified({ start: "2026-01-01", end: "2026-12-31" }, `${S}#一(三)`),
  },
  categoryScheme: {
    kind: "age-and-school",
    infantUnderAge: verified(6, `${S}#二(一)1(1)`),
    minorMaxAge: verified(18, `${S}#二(一)1(3)`),
  },
  categories: ["infant", "student", "minor", "college", "adult"],
  // 二(二) 个人缴费标准: the 2026 table is an image; the latest verified Ningbo figures stand in (RULES.md).
  fees: {
    adult: { individual: provisional(yuan(780), `${S}#二(二)`), government: provisional(yuan(2090), `${S}#二(二)`) },
    infant: { individual: provisional(yuan(630), `${S}#二(二)`), government: provisional(yuan(1000), `${S}#二(二)`) },
    student: { individual: provisional(yuan(290), `${S}#二(二)`), government: provisional(yuan(370), `${S}#二(二)`) },
    minor: { individual: provisional(yuan(290), `${S}#二(二)`), government: provisional(yuan(370), `${S}#二(二)`) },
    college: { individual: provisional(yuan(290), `${S}#二(二)`), government: provisional(yuan(370), `${S}#二(二)`) },
  },
  admission: {
    localHukou: `${S}#二(一)1`,
    schoolAnyHukou: `${S}#二(一)1`,
    residencePermit: { source: `${S}#二(一)2(1)` },
    parentPermitChild: { source: `${S}#二(一)2(1)` },
    hmt: { source: `${S}#二(一)2(2)`, notEmployed: true },
    foreignPermanent: { source: `${S}#二(一)2(3)`, notEmployed: true },
    duplicate: `${S}#二(一)2(3)`,
    otherResident: `${S}#二(一)2(3)`,
  },
  assistance: [
    subsidised("special-care", "享受国家定期抚恤补助的优抚对象"),
    subsidised("severe-disability", "一、二级重度残疾人员"),
    subsidised("minimum-living", "最低生活保障家庭成员(含困境儿童)"),
    subsidised("near-minimum-living", "最低生活保障边缘家庭成员"),
    subsidised("extreme-poverty", "特困供养人员"),
    subsidised("orphan", "孤儿"),
  ],
  fullSubsidyNeedsLocalHukou: true,
  reconfirmation: true,
  late: {
    kind: "waiting-months",
    fixedMonths: verified(3, `${S}#问答一`),
    monthsPerGapYear: verified(1, `${S}#问答一`),
  },
  newborn: { kind: "days-after-birth", days: verified(90, `${S}#问答四`) },
  incentive: {
    afterYears: verified(4, `${S}#问答一`),
    perYear: verified(yuan(5000), `${S}#问答一`),
    zeroClaim: verified(yuan(5000), `${S}#问答一`),
    // 20% of the 大病保险封顶线; the cap is not in the source: a stand-in of 500 000 yuan.
    cap: provisional(yuan(100_000), `${S}#问答一`),
  },
  refund: { kind: "before-benefits", source: `${N}#四(二)` },
  channels: {
    online: [
      "支付宝「市民中心」「税务」→「宁波社保缴费」",
      "「宁波税务」微信公众号",
      "全国统一规范电子税务局网站或电子税务局App",
      "「浙里办」App",
    ],
    offline: [
      "市政务自助办事终端",
      "九大合作银行网点柜面：中国银行、农业银行、工商银行、建设银行、交通银行、邮储银行、宁波银行、农村信用社(农村合作银行、农村商业银行)、鄞州银行",
    ],
    notes: ["若因数据传输延时缴费不成功，请在办理参保手续后次日再试。", "全日制学生按学校统一安排缴费，务必在接到学校的缴费通知后再缴。"],
    source: `${S}#三(二)`,
  },
  familyAid: {
    kind: "account-debit",
    // 问答五: 适用对象为省内职工基本医疗保险参保人员(授权人)近亲属, 近亲属为浙江省内基本医疗保险参保人员.
    payerProvince: verified("zhejiang", `${S}#问答五`),
    beneficiaryProvince: verified("zhejiang", `${S}#问答五`),
    relations: verified(RELATIONS, `${S}#问答五`),
    // 问答五: 为宁波市参保人员代缴→宁波市税务局渠道; 为省内宁波市外参保人员代缴→浙江省税务局渠道.
    localCity: verified("ningbo", `${S}#问答五`),
    bindingSource: `${S}#三(二)3`,
  },
  cite: {
    "refund.before-benefits": `${N}#四(二)`,
    "refund.late-enrolment": `${N}#四(三)`,
    "refund.employee-insurance": `${N}#四(一)`,
    "pack.default": `${S}#一`,
    "pack.projected": `${S}#一(一)`,
    "person.not-born": `${S}#二(一)`,
    "person.born-after-coverage-year": `${S}#一(三)`,
    "duplicate.employee-insurance": `${S}#二(一)2(3)`,
    "duplicate.resident-elsewhere": `${S}#二(一)2(3)`,
    "residency.no-permit": `${S}#二(一)2(1)`,
    "residency.hmt-employed": `${S}#二(一)2(2)`,
    "residency.foreign-employed": `${S}#二(一)2(3)`,
    "admission.local-hukou": `${S}#二(一)1`,
    "admission.school": `${S}#二(一)1`,
    "admission.residence-permit": `${S}#二(一)2(1)`,
    "admission.parent-permit": `${S}#二(一)2(1)`,
    "admission.hmt": `${S}#二(一)2(2)`,
    "admission.foreign-permanent": `${S}#二(一)2(3)`,
    "category.infant": `${S}#二(一)1(1)`,
    "category.newborn": `${S}#二(一)1(1)`,
    "category.student": `${S}#二(一)1(2)`,
    "category.minor": `${S}#二(一)1(3)`,
    "category.college": `${S}#二(一)1(4)`,
    "category.adult": `${S}#二(一)1(5)`,
    "route.renewal": `${S}#三(一)1`,
    "route.register": `${S}#三(一)1`,
    "route.re-register-category": `${S}#三(一)1`,
    "route.re-register-reconfirm": `${S}#三(一)1`,
    "route.school": `${S}#三(一)2`,
    "period.not-open": `${S}#一(一)`,
    "period.centralized": `${S}#一(二)`,
    "period.registration-closed": `${S}#一(一)`,
    "period.late": `${S}#一(三)`,
    "period.closed": `${S}#一(三)`,
    "contribution.category-fee": `${S}#二(二)`,
    "contribution.permit-same-as-local": `${S}#二(二)`,
    "contribution.full-subsidy": `${S}#问答三`,
    "contribution.full-subsidy-needs-hukou": `${S}#二(二)`,
    "contribution.provisional": `${S}#二(二)`,
    "coverage.full-year": `${S}#一(三)`,
    "coverage.waiting-months": `${S}#问答一`,
    "coverage.waiting-exempt": `${S}#问答一`,
    "coverage.no-benefit": `${S}#问答一`,
    "coverage.closed": `${S}#一(三)`,
    "newborn.within-window": `${S}#问答四`,
    "newborn.both-years": `${S}#问答四`,
    "newborn.current-year-only": `${S}#问答四`,
    "newborn.window-passed": `${S}#问答四`,
    "incentive.continuity": `${S}#问答一`,
    "incentive.zero-claim": `${S}#问答一`,
    "incentive.capped": `${S}#问答一`,
    "break.waiting-months": `${S}#问答一`,
  },
};
