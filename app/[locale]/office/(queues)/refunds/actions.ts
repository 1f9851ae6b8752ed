"use server";

import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { FormState, RawValues } from "@/lib/forms/form-state";
import { approveRefund, prepareRefund, recordRefundPaidOut } from "@/lib/services/office/refunds";
import { QUEUE_READERS } from "@/lib/services/office/staff-scope";
import { requireStaff } from "@/lib/web/require-staff";
import { localeOf, queueAction, stepAnswer } from "../queue-answer";

const href = (paymentId: string) => `/office/refunds/${paymentId}`;

/** A clerk prepares the refund. */
export async function prepareRefundAction(localeParam: string, paymentId: string): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "clerk");
  await stepAnswer(locale, await prepareRefund(await getDb(), actor, paymentId, now()), href(paymentId), "prepared");
}

/** A reviewer who did not prepare it approves. */
export async function approveRefundAction(localeParam: string, paymentId: string): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "reviewer");
  await stepAnswer(locale, await approveRefund(await getDb(), actor, paymentId, now()), href(paymentId), "approved");
}

/** The approved refund was paid back: its reference is recorded. */
export async function refundPaidOutAction(localeParam: string, paymentId: string, _state: FormState<RawValues>, data: FormData): Promise<FormState<RawValues>> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, ...QUEUE_READERS);
  return queueAction(locale, async (values) => recordRefundPaidOut(await getDb(), actor, paymentId, values, now()), `${href(paymentId)}?done=paid-out`)(data);
}
