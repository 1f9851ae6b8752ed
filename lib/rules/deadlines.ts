import type { NewbornContext } from "./newborn";
import type { Pack } from "./packs/types";
import { needsRegistration } from "./route";
import type { EligibilityAnswer, Period, Route } from "./schema";

type Deadline = EligibilityAnswer["deadlines"][number];

/** Deadlines still ahead of (or on) asOf that matter to this person, in date order. */
export function deadlines(
  pack: Pack,
  asOf: string,
  route: Route | undefined,
  period: Period,
  newborn: NewbornContext | null,
): Deadline[] {
  const { registration, payment } = pack.periods;
  const list: Deadline[] = [];
  if (route !== "school" && needsRegistration(route)) {
    list.push({ code: "deadline.registration", date: registration.value.end, source: registration.source });
  }
  list.push({ code: "deadline.payment", date: payment.value.end, source: payment.source });
  if (newborn) list.push({ code: "deadline.newborn", date: newborn.deadline, source: newborn.deadlineSource });
  if (period === "late" && pack.late.kind === "waiting-days") {
    // 宁夏 一(三): the last day the lower late amount applies.
    const first = pack.late.lateFees[0];
    if (first) list.push({ code: "deadline.late-fee-rises", date: first.window.value.end, source: first.window.source });
  }
  return list.filter((deadline) => deadline.date >= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
