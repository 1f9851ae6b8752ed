"use server";

import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { FormState, RawValues } from "@/lib/forms/form-state";
import { acceptCorrection, rejectCorrection } from "@/lib/services/office/corrections";
import { requireStaff } from "@/lib/web/require-staff";
import { localeOf, queueAction } from "../queue-answer";

/** Correct the registry fact and re-assess (窗口经办). */
export async function acceptCorrectionAction(localeParam: string, id: string, _state: FormState<RawValues>, data: FormData): Promise<FormState<RawValues>> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "clerk");
  return queueAction(locale, async (values) => acceptCorrection(await getDb(), actor, id, values, now(), today()), `/office/corrections/${id}?done=accepted`)(data);
}

/** Reject with a reason the resident reads. */
export async function rejectCorrectionAction(localeParam: string, id: string, _state: FormState<RawValues>, data: FormData): Promise<FormState<RawValues>> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "clerk");
  return queueAction(locale, async (values) => rejectCorrection(await getDb(), actor, id, values, now()), `/office/corrections/${id}?done=rejected`)(data);
}
