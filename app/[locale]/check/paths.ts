import type { StepId } from "@/lib/check/steps";

/** The address of a page of the check: a question, the summary ("done") or the result. */
export function checkPath(locale: string, page: StepId | "done" | "answers" | "result" | "start"): string {
  if (page === "start") return `/${locale}/check`;
  return `/${locale}/check/${page === "done" ? "answers" : page}`;
}
