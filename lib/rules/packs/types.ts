import type { ReasonCode } from "../reason-codes";
import type { AssistanceCode, Category, DateRange, FigureStatus, Region } from "../schema";
import type { Relation } from "../vocabulary";

export type { Relation } from "../vocabulary";

/** "<source-id>#<clause>", an anchor of /sources/<source-id>. */
export type SourceRef = `${string}#${string}`;

export type Figure<T> = { value: T; source: SourceRef; status: FigureStatus };

export type CategoryFee = { individual: Figure<number>; government: Figure<number> };

export type CategoryScheme =
  /** 二(一)1: school first, then age on the base date; newborns of the coverage year are infants. */
  | { kind: "age-and-school"; infantUnderAge: Figure<number>; minorMaxAge: Figure<number> }
  /** One category for everyone (宁夏: 城乡居民). */
  | { kind: "single"; category: Category; source: SourceRef };

/** How a payment after the centralized period turns into cover (年中参保). */
export type LateRule =
  /** ningbo-2026 问答一: 3 fixed months + 1 month per gap year, from the payment date. */
  | { kind: "waiting-months"; fixedMonths: Figure<number>; monthsPerGapYear: Figure<number> }
  /** ningbo-2023 三(三): from the 1st of the 3rd calendar month counting the payment month; 三(一) continuity cases from the next month. */
  | {
      kind: "calendar-month";
      startsInMonth: Figure<number>;
      continuityWithinMonths: Figure<number>;
    }
  /** ningxia-2026 一(三): late fee by payment date, then a waiting period in days from the payment date. */
  | { kind: "waiting-days"; days: Figure<number>; lateFees: { window: Figure<DateRange>; amount: Figure<number> }[] };

export type NewbornRule =
  /** ningbo-2026 问答四: within N days of birth, counting the day of birth + N inclusive. */
  | { kind: "days-after-birth"; days: Figure<number> }
  /** ningbo-2023 三(二): within N months from the month after birth. */
  | { kind: "months-after-birth-month"; months: Figure<number> }
  /** ningxia-2026 一(二): a dynamic group within N days of birth, covered from the payment date. */
  | { kind: "dynamic-group"; days: Figure<number> };

export type AssistanceGroup = {
  code: AssistanceCode;
  label: string;
  /** Individual contribution of the group (宁夏 table); absent where the group pays the category fee or nothing. */
  individual?: Figure<number>;
  /** 个人缴费政府全额资助 (Ningbo six groups). */
  fullSubsidy?: Figure<boolean>;
  /** May enrol after the centralized period without late fee or waiting (宁夏 17 groups). */
  dynamic?: Figure<boolean>;
  /** Exempt from the mid-year waiting period (Ningbo 医疗救助对象). */
  waitingExempt?: Figure<boolean>;
  /** Only meaningful in the dynamic period (veterans, released prisoners, …). */
  dynamicOnly?: boolean;
};

/** Who may enrol. A null entry means the pack does not admit that residency. */
export type Admission = {
  localHukou: SourceRef;
  schoolAnyHukou: SourceRef;
  residencePermit: { source: SourceRef; maxAgeOnBaseDate?: Figure<number>; conditionCode?: "admission.parent-employee-insurance" } | null;
  /** A non-local child without a permit of their own, through a parent's permit. */
  parentPermitChild: {
    source: SourceRef;
    /** Who counts as such a child: category infant (under 6 or newborn) or only months of age on asOf. */
    maxMonthsOld?: Figure<number>;
    conditionCode?: "admission.parent-employee-insurance";
  } | null;
  hmt: { source: SourceRef; notEmployed: boolean } | null;
  foreignPermanent: { source: SourceRef; notEmployed: boolean } | null;
  duplicate: SourceRef;
  otherResident: SourceRef;
};

export type Incentive = {
  afterYears: Figure<number>;
  perYear: Figure<number>;
  zeroClaim: Figure<number>;
  /** 20% of the 大病保险 cap, fen. */
  cap: Figure<number>;
};

export type Channels = { online: string[]; offline: string[]; notes?: string[]; source: SourceRef };

/** Refunds and changes (RULES.md): which rule applies to an enrolled person. */
export type RefundRule =
  /** notice 37 四: before benefits start only within their first month; mid-year enrolees in the month they apply; none after joining employee insurance. */
  | { kind: "before-benefits"; source: SourceRef }
  /** 宁夏 三(二): emigration/duplicate/employee refunds stop on a date; a death before it may still be refunded until another. */
  | { kind: "cutoff"; stopsFrom: Figure<string>; deathRefundUntil: Figure<string> };

/** Where a person is insured: the province, and the city within it (pinyin, lower case). */
export type Province = "zhejiang" | "ningxia" | "other";


/** 家庭共济: how an employee's medical account may pay a relative's resident contribution. */
export type FamilyAidRule =
  /**
   * ningbo-2026 三(二)3, 问答五: an employee insured in the province pays from the 历年账户 balance;
   * the tax channel follows the city where the relative is resident-insured.
   */
  | {
      kind: "account-debit";
      payerProvince: Figure<Province>;
      beneficiaryProvince: Figure<Province>;
      relations: Figure<readonly Relation[]>;
      /** The city whose tax bureau collects for this pack; relatives insured elsewhere in the province pay through the provincial channel. */
      localCity: Figure<string>;
      bindingSource: SourceRef;
    }
  /**
   * ningxia-2026 二(三): bind 门诊共济 family members; the relative pays as usual; the employee claims
   * 代缴返还 from the account no earlier than N working days after the payment.
   */
  | {
      kind: "reimbursement";
      payerProvince: Figure<Province>;
      relations: Figure<readonly Relation[]>;
      claimAfterWorkingDays: Figure<number>;
      /** Official holidays (YYYY-MM-DD) on which no work is done, and weekend days that are working days (调休). */
      holidays: Figure<readonly string[]>;
      workingWeekendDays: Figure<readonly string[]>;
      bindingSource: SourceRef;
    };

/**
 * 参保率 targets the pack's sources set, in basis points (9950 = 99.5%). A target the sources do not
 * set is absent: the office's reports say so rather than invent one.
 */
export type EnrollmentTargets = {
  /** 本市户籍参保率: residents with local hukou. */
  localHukou?: Figure<number>;
  /** 资助参保率 of the roster groups named (each group on its own). */
  assisted?: { groups: Figure<readonly AssistanceCode[]>; rate: Figure<number> };
};

export type Pack = {
  id: string;
  region: Region;
  regionName: string;
  coverageYear: number;
  projected: boolean;
  /** Source ids this pack reads. */
  sources: string[];
  baseDate: Figure<string>;
  periods: { registration: Figure<DateRange>; payment: Figure<DateRange>; coverage: Figure<DateRange> };
  /** Dynamic enrolment after the centralized period (宁夏). */
  dynamicPeriod?: Figure<DateRange>;
  categoryScheme: CategoryScheme;
  categories: Category[];
  fees: Partial<Record<Category, CategoryFee>>;
  /** Part of each individual contribution that goes to long-term-care insurance (ningbo-2023). */
  longTermCare?: Figure<number>;
  admission: Admission;
  assistance: AssistanceGroup[];
  /** Full subsidy needs local hukou (Ningbo: 本市户籍的以下六类人员). */
  fullSubsidyNeedsLocalHukou: boolean;
  /** Routes: whether the pack has Ningbo's re-confirmation cases (三(一)1). */
  reconfirmation: boolean;
  late: LateRule;
  newborn: NewbornRule;
  incentive?: Incentive;
  refund: RefundRule;
  channels: Channels;
  /** 家庭共济, where the pack's sources describe it. */
  familyAid?: FamilyAidRule;
  /** 参保率 targets, where the pack's sources set them. */
  targets?: EnrollmentTargets;
  /** Where each reason code of this pack is written; pack.default is the fallback. */
  cite: { "pack.default": SourceRef } & Partial<Record<ReasonCode, SourceRef>>;
};
