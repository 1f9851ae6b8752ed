/**
 * The synthetic residents of the demo registry. Every name and number is invented; ID numbers are
 * composed with the GB 11643 check character and carry the person's birth date. Phones are the
 * numbers a visitor signs in with (README "Demo people"). Ages are as on the 2026 base date
 * (2025-12-31).
 */
import { composeIdNumber } from "@/lib/identity/id-number";
import type { HOUSEHOLD_ROLES, PERMIT_KINDS, REGIONS, RELATIONS, RESIDENCIES } from "../schema";

type Region = (typeof REGIONS)[number];

export type DemoPerson = {
  id: string;
  name: string;
  sex: "female" | "male";
  birthDate: string;
  idNumber: string;
  nationality?: string;
  residency: (typeof RESIDENCIES)[number];
  householdRole: (typeof HOUSEHOLD_ROLES)[number];
  phone?: string;
  /** Why this person is in the demo (README). */
  demonstrates: string;
  permit?: { kind: (typeof PERMIT_KINDS)[number]; number?: string; issuedBy: string; validFrom: string; validTo: string | null };
  school?: { level: "primary-secondary" | "higher-education"; schoolName: string; enrolledOn: string; expectedEnd: string };
  assistance?: { packId: string; groupCode: string }[];
  employee?: { province: string; city: string; status: "active" | "closed"; historicalBalanceFen: number };
  /** Resident insurance in past coverage years. */
  history?: { coverageYear: number; category: string; zeroClaim?: boolean }[];
};

export type DemoHousehold = {
  id: string;
  region: Region;
  kind: "hukou" | "residence";
  district: string;
  address: string;
  members: DemoPerson[];
  /** [person, relative, what the relative is to the person]; the reverse direction is added. */
  relations: [string, string, (typeof RELATIONS)[number]][];
};

function id(place: string, birthDate: string, sequence: string): string {
  return composeIdNumber(place, birthDate, sequence);
}

const years = (category: string, ...coverageYears: number[]) => coverageYears.map((coverageYear) => ({ coverageYear, category }));

export const DEMO_HOUSEHOLDS: DemoHousehold[] = [
  {
    id: "nb-01",
    region: "ningbo",
    kind: "hukou",
    district: "海曙区",
    address: "宁波市海曙区示例街道翠柏路1号",
    members: [
      {
        id: "nb-01-1",
        name: "林志强",
        sex: "male",
        birthDate: "1982-04-16",
        idNumber: id("330203", "1982-04-16", "031"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905740101",
        demonstrates: "a local adult who renews (insured 2023–2025)",
        history: [...years("adult", 2023, 2024), { coverageYear: 2025, category: "adult", zeroClaim: true }],
      },
      {
        id: "nb-01-2",
        name: "林思远",
        sex: "male",
        birthDate: "2007-01-01",
        idNumber: id("330203", "2007-01-01", "015"),
        residency: "local-hukou",
        householdRole: "child",
        phone: "13905740102",
        demonstrates: "18 on the base date: still a minor",
        history: years("student", 2024, 2025),
      },
    ],
    relations: [["nb-01-1", "nb-01-2", "child"]],
  },
  {
    id: "nb-02",
    region: "ningbo",
    kind: "hukou",
    district: "江北区",
    address: "宁波市江北区示例街道桂花巷8号",
    members: [
      {
        id: "nb-02-1",
        name: "周美玲",
        sex: "female",
        birthDate: "1975-09-22",
        idNumber: id("330205", "1975-09-22", "026"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905740201",
        demonstrates: "an employee with a large 历年账户 balance",
        employee: { province: "zhejiang", city: "宁波市", status: "active", historicalBalanceFen: 1_586_050 },
      },
      {
        id: "nb-02-2",
        name: "何秀英",
        sex: "female",
        birthDate: "1946-02-11",
        idNumber: id("330205", "1946-02-11", "048"),
        residency: "local-hukou",
        householdRole: "parent",
        phone: "13905740202",
        demonstrates: "an elderly parent on the 低保 roster",
        assistance: [{ packId: "ningbo-2026", groupCode: "minimum-living" }],
        history: years("adult", 2024, 2025),
      },
      {
        id: "nb-02-3",
        name: "周子航",
        sex: "male",
        birthDate: "2021-05-20",
        idNumber: id("330205", "2021-05-20", "057"),
        residency: "local-hukou",
        householdRole: "child",
        demonstrates: "a preschool child",
        history: years("infant", 2022, 2023, 2024, 2025),
      },
    ],
    relations: [
      ["nb-02-1", "nb-02-2", "parent"],
      ["nb-02-1", "nb-02-3", "child"],
      ["nb-02-2", "nb-02-3", "grandchild"],
    ],
  },
  {
    id: "nb-03",
    region: "ningbo",
    kind: "hukou",
    district: "鄞州区",
    address: "宁波市鄞州区示例街道樱花路16号",
    members: [
      {
        id: "nb-03-1",
        name: "吴俊杰",
        sex: "male",
        birthDate: "1990-07-07",
        idNumber: id("330212", "1990-07-07", "073"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905740301",
        demonstrates: "an employee with a small 历年账户 balance",
        employee: { province: "zhejiang", city: "宁波市", status: "active", historicalBalanceFen: 12_000 },
      },
      {
        id: "nb-03-2",
        name: "郑晓燕",
        sex: "female",
        birthDate: "1992-03-15",
        idNumber: id("330212", "1992-03-15", "084"),
        residency: "local-hukou",
        householdRole: "spouse",
        phone: "13905740302",
        demonstrates: "a local adult who has never enrolled (registers)",
      },
      {
        id: "nb-03-3",
        name: "吴若溪",
        sex: "female",
        birthDate: "2025-10-08",
        idNumber: id("330212", "2025-10-08", "062"),
        residency: "local-hukou",
        householdRole: "child",
        demonstrates: "a newborn",
      },
    ],
    relations: [
      ["nb-03-1", "nb-03-2", "spouse"],
      ["nb-03-1", "nb-03-3", "child"],
      ["nb-03-2", "nb-03-3", "child"],
    ],
  },
  {
    id: "nb-04",
    region: "ningbo",
    kind: "hukou",
    district: "镇海区",
    address: "宁波市镇海区示例街道海天路22号",
    members: [
      {
        id: "nb-04-1",
        name: "孙立新",
        sex: "male",
        birthDate: "1970-12-03",
        idNumber: id("330211", "1970-12-03", "091"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905740401",
        demonstrates: "already in employee insurance (insured in Hangzhou)",
        employee: { province: "zhejiang", city: "杭州市", status: "active", historicalBalanceFen: 356_000 },
      },
      {
        id: "nb-04-2",
        name: "孙浩然",
        sex: "male",
        birthDate: "2005-09-03",
        idNumber: id("330211", "2005-09-03", "013"),
        residency: "local-hukou",
        householdRole: "child",
        phone: "13905740402",
        demonstrates: "a college student",
        school: { level: "higher-education", schoolName: "宁波滨海示范大学", enrolledOn: "2023-09-01", expectedEnd: "2027-06-30" },
        history: years("college", 2024, 2025),
      },
    ],
    relations: [["nb-04-1", "nb-04-2", "child"]],
  },
  {
    id: "nb-05",
    region: "ningbo",
    kind: "hukou",
    district: "北仑区",
    address: "宁波市北仑区示例街道长江路5号",
    members: [
      {
        id: "nb-05-1",
        name: "赵国华",
        sex: "male",
        birthDate: "1978-05-30",
        idNumber: id("330206", "1978-05-30", "035"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905740501",
        demonstrates: "a local adult, insured last year",
        history: years("adult", 2025),
      },
      {
        id: "nb-05-2",
        name: "赵一鸣",
        sex: "male",
        birthDate: "2006-12-31",
        idNumber: id("330206", "2006-12-31", "017"),
        residency: "local-hukou",
        householdRole: "child",
        phone: "13905740502",
        demonstrates: "19 on the base date: an adult now (re-registers)",
        history: years("minor", 2024, 2025),
      },
    ],
    relations: [["nb-05-1", "nb-05-2", "child"]],
  },
  {
    id: "nb-06",
    region: "ningbo",
    kind: "residence",
    district: "慈溪市",
    address: "宁波市慈溪市示例街道新城路40号（居住登记）",
    members: [
      {
        id: "nb-06-1",
        name: "刘德明",
        sex: "male",
        birthDate: "1987-11-02",
        idNumber: id("341221", "1987-11-02", "059"),
        residency: "residence-permit",
        householdRole: "head",
        phone: "13905740601",
        demonstrates: "a non-local worker with a Ningbo residence permit",
        permit: { kind: "residence-permit", number: "330282-2024-004521", issuedBy: "慈溪市公安局", validFrom: "2024-03-01", validTo: "2027-02-28" },
        history: years("adult", 2025),
      },
      {
        id: "nb-06-2",
        name: "刘佳怡",
        sex: "female",
        birthDate: "2020-08-08",
        idNumber: id("341221", "2020-08-08", "026"),
        residency: "none",
        householdRole: "child",
        demonstrates: "his preschool child, enrolled through the parent's permit",
      },
    ],
    relations: [["nb-06-1", "nb-06-2", "child"]],
  },
  {
    id: "nb-07",
    region: "ningbo",
    kind: "residence",
    district: "海曙区",
    address: "宁波市海曙区示例街道月湖路3号（居住登记）",
    members: [
      {
        id: "nb-07-1",
        name: "梁嘉欣",
        sex: "female",
        birthDate: "1991-06-18",
        idNumber: id("810000", "1991-06-18", "002"),
        residency: "hmt-residence-permit",
        householdRole: "head",
        phone: "13905740701",
        demonstrates: "a Hong Kong resident with a 港澳台居民居住证",
        permit: { kind: "hmt-residence-permit", issuedBy: "宁波市公安局海曙分局", validFrom: "2023-04-01", validTo: "2028-03-31" },
      },
    ],
    relations: [],
  },
  {
    id: "nb-08",
    region: "ningbo",
    kind: "residence",
    district: "鄞州区",
    address: "宁波市鄞州区示例街道天童路88号（居住登记）",
    members: [
      {
        id: "nb-08-1",
        name: "安娜·施密特",
        sex: "female",
        birthDate: "1985-04-12",
        idNumber: id("933276", "1985-04-12", "002"),
        nationality: "DEU",
        residency: "foreign-permanent-residence",
        householdRole: "head",
        phone: "13905740801",
        demonstrates: "a foreign permanent resident (外国人永久居留身份证)",
        permit: { kind: "foreign-permanent-residence", issuedBy: "国家移民管理局", validFrom: "2023-05-10", validTo: "2033-05-09" },
      },
    ],
    relations: [],
  },
  {
    id: "nb-09",
    region: "ningbo",
    kind: "hukou",
    district: "余姚市",
    address: "宁波市余姚市示例街道阳明路12号",
    members: [
      {
        id: "nb-09-1",
        name: "钱卫东",
        sex: "male",
        birthDate: "1980-01-25",
        idNumber: id("330281", "1980-01-25", "051"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905740901",
        demonstrates: "a local adult who renews, with a school child",
        history: years("adult", 2024, 2025),
      },
      {
        id: "nb-09-2",
        name: "钱子墨",
        sex: "male",
        birthDate: "2012-10-10",
        idNumber: id("330281", "2012-10-10", "033"),
        residency: "local-hukou",
        householdRole: "child",
        demonstrates: "a school pupil (the school arranges enrolment)",
        school: { level: "primary-secondary", schoolName: "余姚市示范初级中学", enrolledOn: "2024-09-01", expectedEnd: "2027-06-30" },
        history: years("student", 2024, 2025),
      },
    ],
    relations: [["nb-09-1", "nb-09-2", "child"]],
  },
  {
    id: "nb-10",
    region: "ningbo",
    kind: "hukou",
    district: "奉化区",
    address: "宁波市奉化区示例街道南山路7号",
    members: [
      {
        id: "nb-10-1",
        name: "黄晓东",
        sex: "male",
        birthDate: "1988-08-18",
        idNumber: id("330283", "1988-08-18", "077"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905741001",
        demonstrates: "a local adult with two gap years (last insured 2023)",
        history: years("adult", 2022, 2023),
      },
    ],
    relations: [],
  },
  {
    id: "nb-11",
    region: "ningbo",
    kind: "hukou",
    district: "鄞州区",
    address: "宁波市鄞州区示例街道百丈路19号",
    members: [
      {
        id: "nb-11-1",
        name: "陈桂芳",
        sex: "female",
        birthDate: "1952-03-12",
        idNumber: id("330212", "1952-03-12", "046"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13905741101",
        demonstrates: "郑晓燕's mother, living apart: an adult relative registered with her consent (code to her phone)",
        history: years("adult", 2022, 2023),
      },
    ],
    relations: [["nb-11-1", "nb-03-2", "child"]],
  },
  {
    id: "nx-01",
    region: "ningxia",
    kind: "hukou",
    district: "银川市兴庆区",
    address: "宁夏银川市兴庆区示例街道贺兰山路9号",
    members: [
      {
        id: "nx-01-1",
        name: "马志刚",
        sex: "male",
        birthDate: "1979-03-08",
        idNumber: id("640104", "1979-03-08", "019"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13909512101",
        demonstrates: "三级 (moderate) disability on the Ningxia roster",
        assistance: [{ packId: "ningxia-2026", groupCode: "moderate-disability" }],
        history: years("resident", 2024, 2025),
      },
      {
        id: "nx-01-2",
        name: "杨春梅",
        sex: "female",
        birthDate: "1981-08-19",
        idNumber: id("640104", "1981-08-19", "028"),
        residency: "local-hukou",
        householdRole: "spouse",
        phone: "13909512102",
        demonstrates: "an employee insured in Yinchuan (门诊共济)",
        employee: { province: "ningxia", city: "银川市", status: "active", historicalBalanceFen: 420_000 },
      },
      {
        id: "nx-01-3",
        name: "马小军",
        sex: "male",
        birthDate: "2013-04-27",
        idNumber: id("640104", "2013-04-27", "011"),
        residency: "local-hukou",
        householdRole: "child",
        demonstrates: "a school pupil in Ningxia",
        school: { level: "primary-secondary", schoolName: "银川市示范中学", enrolledOn: "2025-09-01", expectedEnd: "2028-06-30" },
        history: years("resident", 2024, 2025),
      },
    ],
    relations: [
      ["nx-01-1", "nx-01-2", "spouse"],
      ["nx-01-1", "nx-01-3", "child"],
      ["nx-01-2", "nx-01-3", "child"],
    ],
  },
  {
    id: "nx-02",
    region: "ningxia",
    kind: "hukou",
    district: "吴忠市盐池县",
    address: "宁夏吴忠市盐池县示例镇花马池路2号",
    members: [
      {
        id: "nx-02-1",
        name: "李桂兰",
        sex: "female",
        birthDate: "1944-12-12",
        idNumber: id("640323", "1944-12-12", "024"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13909512201",
        demonstrates: "a low-income elderly resident (高龄低收入) on the Ningxia roster",
        assistance: [{ packId: "ningxia-2026", groupCode: "low-income-elderly" }],
        history: years("resident", 2023, 2024, 2025),
      },
      {
        id: "nx-02-2",
        name: "李明",
        sex: "male",
        birthDate: "1972-06-01",
        idNumber: id("640323", "1972-06-01", "039"),
        residency: "local-hukou",
        householdRole: "child",
        phone: "13909512202",
        demonstrates: "an ordinary Ningxia resident not insured last year",
        history: years("resident", 2023),
      },
    ],
    relations: [["nx-02-1", "nx-02-2", "child"]],
  },
  {
    id: "nx-03",
    region: "ningxia",
    kind: "hukou",
    district: "银川市西夏区",
    address: "宁夏银川市西夏区示例街道怀远路30号",
    members: [
      {
        id: "nx-03-1",
        name: "张伟",
        sex: "male",
        birthDate: "1985-10-10",
        idNumber: id("640105", "1985-10-10", "053"),
        residency: "local-hukou",
        householdRole: "head",
        phone: "13909512301",
        demonstrates: "a Ningxia resident who renews",
        history: years("resident", 2024, 2025),
      },
      {
        id: "nx-03-2",
        name: "张欣怡",
        sex: "female",
        birthDate: "2006-03-03",
        idNumber: id("640105", "2006-03-03", "046"),
        residency: "local-hukou",
        householdRole: "child",
        phone: "13909512302",
        demonstrates: "a college student in Ningxia",
        school: { level: "higher-education", schoolName: "宁夏示范大学", enrolledOn: "2024-09-01", expectedEnd: "2028-06-30" },
        history: years("resident", 2025),
      },
    ],
    relations: [["nx-03-1", "nx-03-2", "child"]],
  },
];

export const DEMO_PEOPLE: DemoPerson[] = DEMO_HOUSEHOLDS.flatMap((household) => household.members);
