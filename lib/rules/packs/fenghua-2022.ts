import { provisional, verified, yuan, type AssistanceGroup, type Pack } from "./types";

const F = "fenghua-2022-faq";
// The FAQ says nothing of late enrolment or newborns; the 2023 Ningbo notice stands in.
const N = "ningbo-2023-notice-37";

function subsidised(code: AssistanceGroup["code"], label: string): AssistanceGroup {
  return {
    code,
    label,
    fullSubsidy: verified(true, `${F}#一`),
    waitingExempt: provisional(true, `${N}#二(二)1`),
  };
}

/** The fee table (一) by birth dates: adult born on/before 2002-12-31, infant on/after 2016-01-01. */
export const fenghua2022: Pack = {
  id: "fenghua-2022",
  region: "ningbo",
  regionName: "宁波市奉化区",
  coverageYear: 2022,
  projected: false,
  sources: [F],
  baseDate: verified("2021-12-31", `${F}#一`),
  periods: {
    // The FAQ gives no dates for registration; the Ningbo pattern (09-15 to 12-25) stands in.
    registration: provisional({ start: "2021-09-15", end: "2021-12-25" }, `${F}#一`),
    payment: provisional({ start: "2021-09-15", end: "2021-12-25" }, `${F}#一`),
    coverage: verified({ start: "2022-01-01", end: "2022-12-31" }, `${F}#四`),
  },
  categoryScheme: {
    kind: "age-and-school",
    infantUnderAge: verified(6, `${F}#一`),
    minorMaxAge: verified(18, `${F}#一`),
  },
  categories: ["infant", "student", "minor", "college", "adult"],
  fees: {
    adult: { individual: verified(yuan(750), `${F}#一`), government: verified(yuan(2090), `${F}#一`) },
    infant: { individual: verified(yuan(600), `${F}#一`), government: verified(yuan(1000), `${F}#一`) },
    minor: { individual: verified(yuan(260), `${F}#一`), government: verified(yuan(370), `${F}#一`) },
    student: { individual: verified(yuan(260), `${F}#一`), government: verified(yuan(370), `${F}#一`) },
    // No 大学生 line in the table; the student line stands in.
    college: { individual: provisional(yuan(260), `${F}#一`), government: provisional(yuan(370), `${F}#一`) },
  },
  admission: {
    localHukou: `${F}#一`,
    schoolAnyHukou: `${F}#一`,
    // 一 and 七2: non-local children aged 0-6 with their own permit, a parent in employee insurance for 12 months.
    residencePermit: {
      source: `${F}#七2`,
      maxAgeOnBaseDate: verified(6, `${F}#七2`),
      conditionCode: "admission.parent-employee-insurance",
    },
    parentPermitChild: null,
    hmt: null,
    foreignPermanent: null,
    duplicate: `${F}#一`,
    otherResident: `${F}#一`,
  },
  assistance: [
    subsidised("special-care", "重点优抚对象"),
    subsidised("severe-disability", "一级和二级残疾人"),
    subsidised("minimum-living", "低保对象"),
    subsidised("near-minimum-living", "低保边缘家庭成员"),
    subsidised("extreme-poverty", "国家供养对象(五保、三无)"),
    subsidised("orphan", "孤儿"),
  ],
  fullSubsidyNeedsLocalHukou: true,
  reconfirmation: false,
  late: {
    kind: "calendar-month",
    startsInMonth: provisional(3, `${N}#三(三)`),
    continuityWithinMonths: provisional(3, `${N}#三(一)1`),
  },
  newborn: { kind: "months-after-birth-month", months: provisional(3, `${N}#三(二)`) },
  refund: { kind: "before-benefits", source: `${N}#四(二)` },
  channels: {
    online: ["「宁波税务」微信公众号「社保缴费」", "支付宝「宁波社保缴费」", "银行卡代扣"],
    offline: ["8家税务委托收费银行(中行、农行、工行、建行、交行、邮储、宁波银行、农信社)营业网点柜面"],
    source: `${F}#三`,
  },
  cite: {
    "refund.before-benefits": `${N}#四(二)`,
    "refund.late-enrolment": `${N}#四(三)`,
    "refund.employee-insurance": `${N}#四(一)`,
    "pack.default": `${F}#一`,
    "pack.projected": `${F}#一`,
    "person.not-born": `${F}#一`,
    "person.born-after-coverage-year": `${F}#四`,
    "duplicate.employee-insurance": `${F}#一`,
    "duplicate.resident-elsewhere": `${F}#一`,
    "residency.no-permit": `${F}#七2`,
    "residency.not-admitted": `${F}#一`,
    "residency.permit-age": `${F}#七2`,
    "admission.local-hukou": `${F}#一`,
    "admission.school": `${F}#一`,
    "admission.residence-permit": `${F}#七2`,
    "admission.parent-employee-insurance": `${F}#一`,
    "category.infant": `${F}#一`,
    "category.newborn": `${F}#一`,
    "category.student": `${F}#一`,
    "category.minor": `${F}#一`,
    "category.college": `${F}#一`,
    "category.adult": `${F}#一`,
    "route.renewal": `${F}#二(一)`,
    "route.register": `${F}#二(一)1`,
    "route.re-register-category": `${F}#二(一)`,
    "route.school": `${F}#二(二)`,
    "period.not-open": `${F}#一`,
    "period.centralized": `${F}#一`,
    "period.registration-closed": `${F}#一`,
    "period.late": `${N}#三(三)`,
    "period.closed": `${F}#四`,
    "contribution.category-fee": `${F}#一`,
    "contribution.permit-same-as-local": `${F}#一`,
    "contribution.full-subsidy": `${F}#一`,
    "contribution.full-subsidy-needs-hukou": `${F}#一`,
    "contribution.provisional": `${F}#一`,
    "coverage.full-year": `${F}#四`,
    "coverage.calendar-month": `${N}#三(三)`,
    "coverage.continuity": `${N}#三(一)1`,
    "coverage.waiting-exempt": `${N}#二(二)1`,
    "coverage.no-benefit": `${N}#三(三)`,
    "coverage.closed": `${F}#四`,
    "newborn.within-window": `${N}#三(二)`,
    "newborn.both-years": `${N}#三(二)`,
    "newborn.current-year-only": `${N}#三(二)`,
    "newborn.window-passed": `${N}#三(二)`,
  },
};
