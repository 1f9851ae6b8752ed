import type { Basis } from "./admission";
import { band, type CategoryResult } from "./category";
import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import type { Person, Reason, Route } from "./schema";

export type RouteResult = { route: Route; reasons: Reason[] };

/** RULES.md Route (三(一)): school, re-confirmation, category change, renewal, else register. */
export function route(person: Person, pack: Pack, cat: CategoryResult, basis: Basis): RouteResult {
  const byCategories = pack.categoryScheme.kind === "age-and-school";
  // 三(一)2: 本市全日制学籍学生，根据学校统一安排办理参保手续.
  if (byCategories && basis === "school") return { route: "school", reasons: [reason(pack, "route.school")] };

  const history = person.history;
  if (pack.reconfirmation && history.insuredLastYear) {
    // 三(一)1: 持父母居住证参保的学龄前儿童、持港澳台居民居住证、外国人护照等参保人员须重新确定参保资格.
    const reconfirm =
      basis === "parent-permit" ? "parent-permit" : basis === "hmt" ? "hmt" : basis === "foreign-permanent" ? "foreign" : null;
    if (reconfirm) {
      return { route: "re-register", reasons: [reason(pack, "route.re-register-reconfirm", { basis: reconfirm })] };
    }
  }
  if (history.insuredLastYear) {
    const last = history.lastCategory;
    if (byCategories && last !== null && last !== "resident" && band(last) !== band(cat.category)) {
      return {
        route: "re-register",
        reasons: [reason(pack, "route.re-register-category", { from: last, to: cat.category })],
      };
    }
    return { route: "renewal", reasons: [reason(pack, "route.renewal")] };
  }
  return { route: "register", reasons: [reason(pack, "route.register")] };
}

/** Whether the route needs a registration before payment (renewal and school do not). */
export function needsRegistration(route: Route | undefined): boolean {
  return route === "register" || route === "re-register" || route === undefined;
}
