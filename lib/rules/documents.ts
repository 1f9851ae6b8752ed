import type { Basis } from "./admission";
import type { CategoryResult } from "./category";
import type { Route } from "./schema";

/**
 * What to bring (ningbo-2026 三(一)1(2) 本人身份证或社会保障卡; 二(一)2 permits, 出生医学证明, 户口本, 关系证明材料).
 * Codes have words in messages/reasons under "document".
 */
export function documents(basis: Basis, route: Route, cat: CategoryResult): string[] {
  if (route === "school") return ["school-notice"];
  switch (basis) {
    case "local-hukou":
    case "school":
      return cat.bornAfterBaseDate ? ["birth-certificate", "household-register"] : ["id-card"];
    case "residence-permit":
      return ["id-card", "residence-permit"];
    case "parent-permit":
      return cat.bornAfterBaseDate
        ? ["birth-certificate", "parent-residence-permit"]
        : ["household-register", "parent-residence-permit", "relationship-proof"];
    case "hmt":
      return ["hmt-residence-permit"];
    case "foreign-permanent":
      return ["foreign-permanent-residence-id"];
  }
}
