import { ageOn } from "./dates";
import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import type { Category, Person, Reason } from "./schema";

export type CategoryResult = {
  category: Category;
  /** 周岁 on the base date; negative for a child born after it. */
  age: number;
  bornAfterBaseDate: boolean;
  reasons: Reason[];
};

/** RULES.md Categories: school first, then age on the base date; a newborn of the coverage year is an infant. */
export function category(person: Person, pack: Pack): CategoryResult {
  const baseDate = pack.baseDate.value;
  const age = ageOn(person.birthDate, baseDate);
  const bornAfterBaseDate = person.birthDate > baseDate;
  const scheme = pack.categoryScheme;
  const result = (category: Category, code: Parameters<typeof reason>[1]): CategoryResult => ({
    category,
    age,
    bornAfterBaseDate,
    reasons: [reason(pack, code, { age: Math.max(age, 0), baseDate })],
  });

  if (scheme.kind === "single") return result(scheme.category, "category.resident");
  // 二(一)1(4) 大学生 and 1(2) 中小学生: full-time enrolment decides before age.
  if (person.school === "higher-education") return result("college", "category.college");
  if (person.school === "primary-secondary") return result("student", "category.student");
  if (bornAfterBaseDate) return result("infant", "category.newborn");
  // 二(一)1(1) 6周岁以下; 1(3) 6周岁(含)以上18周岁(含)以下; 1(5) 18周岁以上 — 18 on the base date is a minor.
  if (age < scheme.infantUnderAge.value) return result("infant", "category.infant");
  if (age <= scheme.minorMaxAge.value) return result("minor", "category.minor");
  return result("adult", "category.adult");
}

/** 三(一)1 参保档次: 婴幼儿档, 中小学生档(含其他未成年人), 大学生档, 成年居民档. */
export function band(category: Category): string {
  return category === "minor" ? "student" : category;
}
