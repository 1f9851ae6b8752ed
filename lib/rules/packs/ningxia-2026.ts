import { RELATIONS } from "../vocabulary";
import { percent, provisional, verified, yuan, type AssistanceGroup, type Pack } from "./types";

const S = "ningxia-2026-notice-108";

/** 一(二): the 17 dynamic groups; 通告一: the individual contribution of the assistance groups. */
function group(code: AssistanceGroup["code"], label: string, individualYuan?: number): AssistanceGroup {
  return {
    code,
    label,
    ...(individualYuan === undefined
      ? { dynamicOnly: true }
      : { individual: verified(yuan(individualYuan), `${S}#通告一`) }),
    dynamic: verified(true, `${S}#一(二)`),
  };
}

export const ningxia2026: Pack = {
  id: "ningxia-2026",
  region: "ningxia",
  regionName: "宁夏回族自治区",
  coverageYear: 2026,
  projected: false,
  sources: [S],
  // Ningxia has one category; the base date only reports the age.
  baseDate: provisional("2025-12-31", `${S}#一(一)`),
  periods: {
    registration: verified({ start: "2025-10-29", end: "2025-12-31" }, `${S}#一(一)`),
    payment: verified({ start: "2025-10-29", end: "2025-12-31" }, `${S}#通告一`),
    coverage: verified({ start: "2026-01-01", end: "2026-12-31" }, `${S}#一(一)`),
  },
  dynamicPeriod: verified({ start: "2026-01-01", end: "2026-12-31" }, `${S}#一(二)`),
  categoryScheme: { kind: "single", category: "resident", source: `${S}#通告一` },
  categories: ["resident"],
  fees: {
    resident: {
      individual: verified(yuan(400), `${S}#通告一`),
      // The notice does not publish the government subsidy.
      government: provisional(0, `${S}#通告一`),
    },
  },
  admission: {
    localHukou: `${S}#一(一)`,
    schoolAnyHukou: `${S}#一(一)`,
    residencePermit: { source: `${S}#一(一)` },
    parentPermitChild: null,
    hmt: { source: `${S}#一(一)`, notEmployed: false },
    foreignPermanent: { source: `${S}#一(一)`, notEmployed: false },
    duplicate: `${S}#三(二)`,
    otherResident: `${S}#三(二)`,
  },
  assistance: [
    group("extreme-poverty", "城乡特困人员", 0),
    group("orphan", "孤儿", 0),
    group("severe-disability", "二级以上重度残疾人", 0),
    group("retired-cadre-widow", "无城镇职工基本医疗保险的离休干部遗孀", 0),
    group("special-care", "享受国家定期抚恤补助的优抚对象", 80),
    group("low-income-elderly", "高龄低收入老年人", 80),
    group("minimum-living", "低保对象", 80),
    group("monitored-poverty-risk", "纳入相关部门监测范围的脱贫不稳定、边缘易致贫和突发严重困难人口", 80),
    group("moderate-disability", "三级中度残疾人员", 120),
    group("lifted-from-poverty", "未纳入乡村振兴部门监测范围的已脱贫人口", 220),
    group("veteran", "2026年的退役军人"),
    group("released-prisoner", "2026年的刑满释放人员"),
    group("employee-continuity", "已连续2年(含)以上参保且中断缴费3个月(含)以内的在职职工"),
    group("new-college-entrant", "当年入学的高校学生"),
  ],
  fullSubsidyNeedsLocalHukou: false,
  reconfirmation: false,
  late: {
    kind: "waiting-days",
    days: verified(90, `${S}#一(三)`),
    lateFees: [
      { window: verified({ start: "2026-01-01", end: "2026-06-30" }, `${S}#一(三)`), amount: verified(yuan(400), `${S}#一(三)`) },
      { window: verified({ start: "2026-07-01", end: "2026-12-31" }, `${S}#一(三)`), amount: verified(yuan(1100), `${S}#一(三)`) },
    ],
  },
  newborn: { kind: "dynamic-group", days: verified(183, `${S}#一(二)`) },
  refund: {
    kind: "cutoff",
    stopsFrom: verified("2026-01-01", `${S}#三(二)`),
    deathRefundUntil: verified("2026-06-30", `${S}#三(二)`),
  },
  channels: {
    online: [
      "黄河农村商业银行手机银行",
      "「我的宁夏」App",
      "支付宝「宁夏社保缴费」",
      "云闪付「宁夏社保缴费」",
      "「黄河银行」微信公众号",
      "「宁夏税务」微信公众号",
    ],
    offline: ["黄河农村商业银行各网点或黄河银行设立的缴费服务点", "贺兰县、盐池县：当地农业银行营业网点"],
    source: `${S}#二`,
  },
  familyAid: {
    kind: "reimbursement",
    // 二(三): 职工个账代缴近亲属居民医保费 through 我的宁夏 / 宁夏医疗保障: a Ningxia employee account.
    payerProvince: verified("ningxia", `${S}#二(三)`),
    // 近亲属 is not enumerated here; the Zhejiang list (配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女) stands in.
    relations: provisional(RELATIONS, `${S}#二(三)`),
    // 二(三): 应在近亲属缴纳居民医保费 3 个工作日后操作申请.
    claimAfterWorkingDays: verified(3, `${S}#二(三)2`),
    // The year's official holiday list is not among the sources: weekends only, provisional.
    holidays: provisional([], `${S}#二(三)2`),
    workingWeekendDays: provisional([], `${S}#二(三)2`),
    bindingSource: `${S}#二(三)1`,
  },
  // 四(二): 确保本地区低收入人口和脱贫人口参保率稳定在99%以上 (and 新生儿 80%, which no roster records). No target for
  // everyone. Which roster groups are 低收入人口 and 脱贫人口 is a reading of the civil-affairs terms: provisional.
  targets: {
    assisted: {
      groups: provisional(["extreme-poverty", "minimum-living", "low-income-elderly", "monitored-poverty-risk", "lifted-from-poverty"], `${S}#四(二)`),
      rate: verified(percent(99), `${S}#四(二)`),
    },
  },
  cite: {
    "refund.cutoff": `${S}#三(二)`,
    "pack.default": `${S}#一`,
    "pack.projected": `${S}#一(一)`,
    "person.not-born": `${S}#一(二)`,
    "person.born-after-coverage-year": `${S}#一(一)`,
    "duplicate.employee-insurance": `${S}#三(二)`,
    "duplicate.resident-elsewhere": `${S}#三(二)`,
    "residency.no-permit": `${S}#一(一)`,
    "admission.local-hukou": `${S}#一(一)`,
    "admission.school": `${S}#一(一)`,
    "admission.residence-permit": `${S}#一(一)`,
    "admission.hmt": `${S}#一(一)`,
    "admission.foreign-permanent": `${S}#一(一)`,
    "category.resident": `${S}#通告一`,
    "route.renewal": `${S}#一(一)`,
    "route.register": `${S}#通告二(三)3`,
    "period.not-open": `${S}#一(一)`,
    "period.centralized": `${S}#一(一)`,
    "period.late": `${S}#一(三)`,
    "period.dynamic": `${S}#一(二)`,
    "period.closed": `${S}#一(一)`,
    "contribution.category-fee": `${S}#通告一`,
    "contribution.group-fee": `${S}#通告一`,
    "contribution.full-subsidy": `${S}#通告一`,
    "contribution.late-fee": `${S}#一(三)`,
    "contribution.government-not-published": `${S}#通告一`,
    "coverage.full-year": `${S}#一(一)`,
    "coverage.waiting-days": `${S}#一(三)`,
    "coverage.dynamic": `${S}#一(二)`,
    "coverage.no-benefit": `${S}#一(三)`,
    "coverage.closed": `${S}#一(一)`,
    "newborn.dynamic": `${S}#一(二)`,
    "newborn.window-passed": `${S}#一(二)`,
    "break.waiting-days": `${S}#一(三)`,
  },
};
