"use server";

import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { FormState, RawValues } from "@/lib/forms/form-state";
import { approveClaim, prepareClaim, rejectClaim } from "@/lib/services/office/claims";
import { QUEUE_READERS } from "@/lib/services/office/staff-scope";
import { requireStaff } from "@/lib/web/require-staff";
import { localeOf, queueAction, stepAnswer } from "../queue-answer";

const href = (id: string) => `/office/claims/${id}`;

/** 初审: a clerk or a reviewer prepares the claim for a second person's approval. */
export async function prepareClaimAction(localeParam: string, id: string): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, ...QUEUE_READERS);
  await stepAnswer(locale, await prepareClaim(await getDb(), actor, id, now()), href(id), "prepared");
}

/** 复核: another reviewer approves, and the account pays it back. */
export async function approveClaimAction(localeParam: string, id: string): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "reviewer");
  await stepAnswer(locale, await approveClaim(await getDb(), actor, id, now()), href(id), "paid");
}

/** A reviewer rejects with a reason the employee reads. */
export async function rejectClaimAction(localeParam: string, id: string, _state: FormState<RawValues>, data: FormData): Promise<FormState<RawValues>> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "reviewer");
  return queueAction(locale, async (values) => rejectClaim(await getDb(), actor, id, values, now()), `${href(id)}?done=rejected`)(data);
}
