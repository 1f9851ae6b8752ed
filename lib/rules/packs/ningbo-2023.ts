import { percent, provisional, verified, yuan, type AssistanceGroup, type Pack } from "./types";

const N = "ningbo-2023-notice-37";
const C = "cixi-2023-funding-plan";

function subsidised(code: AssistanceGroup["code"], label: string): AssistanceGroup {
  return {
    code,
    label,
    fullSubsidy: verified(true, `${C}#二(三)`),
    // 二(二)1: 年度内新增资助参保对象，资助前未参保的，经审核通过后当月资助参保
    waitingExempt: verified(true, `${N}#二(二)1`),
  };
}

export const ningbo2023: Pack = {
  id: "ningbo-2023",
  region: "ningbo",
  regionName: "宁波市",
  coverageYear: 2023,
  projected: false,
  sources: [N, C],
  baseDate: verified("2022-12-31", `${N}#三(四)`),
  periods: {
    registration: verified({ start: "2022-09-15", end: "2022-12-25" }, `${N}#一(一)`),
    // The notice names one 集中参保期 for registration and payment alike.
    payment: verified({ start: "2022-09-15", end: "2022-12-25" }, `${C}#三(一)`),
    coverage: verified({ start: "2023-01-01", end: "2023-12-31" }, `${N}#一(一)`),
  },
  // The 2023 texts name the categories but not their ages; the 2026 definitions stand in.
  categoryScheme: {
    kind: "age-and-school",
    infantUnderAge: provisional(6, `${N}#三(四)`),
    minorMaxAge: provisional(18, `${N}#三(四)`),
  },
  categories: ["infant", "student", "minor", "college", "adult"],
  fees: {
    adult: { individual: verified(yuan(780), `${C}#二(二)`), government: verified(yuan(2090), `${C}#二(二)`) },
    student: { individual: verified(yuan(290), `${C}#二(二)`), government: verified(yuan(370), `${C}#二(二)`) },
    minor: { individual: verified(yuan(290), `${C}#二(二)`), government: verified(yuan(370), `${C}#二(二)`) },
    infant: { individual: verified(yuan(630), `${C}#二(二)`), government: verified(yuan(1000), `${C}#二(二)`) },
    // The table has no 大学生 line; the student line stands in.
    college: { individual: provisional(yuan(290), `${C}#二(二)`), government: provisional(yuan(370), `${C}#二(二)`) },
  },
  longTermCare: verified(yuan(30), `${C}#二(二)`),
  admission: {
    localHukou: `${N}#一(二)1`,
    schoolAnyHukou: `${N}#一(三)1`,
    residencePermit: { source: `${C}#二(一)` },
    parentPermitChild: {
      source: `${N}#三(二)`,
      maxMonthsOld: verified(6, `${N}#三(二)`),
      conditionCode: "admission.parent-employee-insurance",
    },
    hmt: null,
    foreignPermanent: null,
    duplicate: `${N}#四(一)`,
    otherResident: `${N}#四(二)`,
  },
  assistance: [
    subsidised("special-care", "重点优抚对象"),
    subsidised("severe-disability", "一级和二级残疾人"),
    subsidised("minimum-living", "最低生活保障家庭成员(含困境儿童)"),
    subsidised("near-minimum-living", "最低生活保障边缘家庭成员"),
    subsidised("extreme-poverty", "特困人员"),
    subsidised("orphan", "孤儿"),
  ],
  fullSubsidyNeedsLocalHukou: true,
  reconfirmation: false,
  late: {
    kind: "calendar-month",
    startsInMonth: verified(3, `${N}#三(三)`),
    continuityWithinMonths: verified(3, `${N}#三(一)1`),
  },
  newborn: { kind: "months-after-birth-month", months: verified(3, `${N}#三(二)`) },
  refund: { kind: "before-benefits", source: `${N}#四(二)` },
  // 一(一): 本市户籍参保率达到99.5%，特困供养人员、最低生活保障家庭成员、重度残疾人员和低保边缘家庭成员资助参保率100%.
  // The targets are Cixi's (本市 is 慈溪市); notice 37 sets none for the city, so they stand in for the region.
  targets: {
    localHukou: provisional(percent(99.5), `${C}#一(一)`),
    assisted: {
      groups: verified(["extreme-poverty", "minimum-living", "severe-disability", "near-minimum-living"], `${C}#一(一)`),
      rate: provisional(percent(100), `${C}#一(一)`),
    },
  },
  channels: {
    online: ["「宁波税务」微信公众号", "支付宝", "「浙里办」App", "「宁波税务」App", "宁波电子税务局"],
    offline: ["各合作银行网点柜面", "银行账户委托扣款"],
    source: `${N}#一(二)`,
  },
  cite: {
    "refund.before-benefits": `${N}#四(二)`,
    "refund.late-enrolment": `${N}#四(三)`,
    "refund.employee-insurance": `${N}#四(一)`,
    "pack.default": `${N}#一`,
    "pack.projected": `${N}#一(一)`,
    "person.not-born": `${N}#三(二)`,
    "person.born-after-coverage-year": `${N}#一(一)`,
    "duplicate.employee-insurance": `${N}#四(一)`,
    "duplicate.resident-elsewhere": `${N}#四(二)`,
    "residency.no-permit": `${C}#二(一)`,
    "residency.not-admitted": `${C}#二(一)`,
    "admission.local-hukou": `${N}#一(二)1`,
    "admission.school": `${N}#一(三)1`,
    "admission.residence-permit": `${C}#二(一)`,
    "admission.parent-permit": `${N}#三(二)`,
    "admission.parent-employee-insurance": `${N}#三(二)`,
    "category.infant": `${N}#三(四)`,
    "category.newborn": `${N}#三(二)`,
    "category.student": `${N}#一(三)1`,
    "category.minor": `${N}#三(四)`,
    "category.college": `${N}#一(三)1`,
    "category.adult": `${N}#三(四)`,
    "route.renewal": `${N}#一(二)1`,
    "route.re-register-category": `${N}#一(二)2`,
    "route.register": `${N}#一(二)3`,
    "route.school": `${N}#一(三)1`,
    "period.not-open": `${N}#一(一)`,
    "period.centralized": `${N}#一(一)`,
    "period.registration-closed": `${N}#一(一)`,
    "period.late": `${N}#三(三)`,
    "period.closed": `${N}#一(一)`,
    "contribution.category-fee": `${C}#二(二)`,
    "contribution.permit-same-as-local": `${C}#二(二)`,
    "contribution.full-subsidy": `${C}#二(三)`,
    "contribution.full-subsidy-needs-hukou": `${C}#二(三)`,
    "contribution.long-term-care": `${C}#二(二)`,
    "contribution.provisional": `${C}#二(二)`,
    "coverage.full-year": `${N}#一(一)`,
    "coverage.calendar-month": `${N}#三(三)`,
    "coverage.continuity": `${N}#三(一)1`,
    "coverage.waiting-exempt": `${N}#二(二)1`,
    "coverage.no-benefit": `${N}#三(三)`,
    "coverage.closed": `${N}#一(一)`,
    "newborn.within-window": `${N}#三(二)`,
    "newborn.both-years": `${N}#三(二)`,
    "newborn.current-year-only": `${N}#三(二)`,
    "newborn.window-passed": `${N}#三(二)`,
  },
};
