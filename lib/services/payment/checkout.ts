import { eq } from "drizzle-orm";
import { shanghaiDate } from "@/lib/clock";
import { enrollment, paymentNotice } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { providerKey } from "@/lib/cashier/providers";
import { encodeOrder } from "@/lib/sandbox-cashier/order";
import { noticePurpose, rightToAct, type Actor } from "../people/right-to-act";
import { stateOn } from "./notices";
import { coverOn } from "@/lib/rules";

export type CheckoutResult = { ok: true; url: string } | { ok: false; reason: "not-found" | "not-open" | "confirm-no-cover" };

/**
 * "Pay here": the address of the sandbox cashier's checkout for an open notice, with the portal's
 * signed order (amount, due date, callback address, the page to come back to). A payment that would
 * buy no cover this year goes ahead only when the resident has confirmed they understand.
 */
export async function prepareCheckout(
  db: Db,
  actor: Actor,
  input: { number: string; confirmedNoCover: boolean; callbackUrl: string; returnPath: string },
  today: string,
): Promise<CheckoutResult> {
  const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, input.number));
  if (!notice || !(await rightToAct(db, actor, notice.personId, today, noticePurpose(notice))).ok) return { ok: false, reason: "not-found" };
  if (stateOn(notice, today) !== "open") return { ok: false, reason: "not-open" };
  const [registered] = notice.enrollmentId ? await db.select({ at: enrollment.submittedAt }).from(enrollment).where(eq(enrollment.id, notice.enrollmentId)) : [];
  const cover = coverOn(notice.request, today, registered ? shanghaiDate(registered.at) : null);
  if (!cover?.start && !input.confirmedNoCover) return { ok: false, reason: "confirm-no-cover" };
  const { order, sig } = encodeOrder(await providerKey(db, "sandbox-cashier"), {
    noticeNumber: notice.number,
    amountFen: notice.amountFen,
    dueDate: notice.dueDate,
    callbackUrl: input.callbackUrl,
    returnPath: input.returnPath,
  });
  return { ok: true, url: `/sandbox-cashier?order=${order}&sig=${sig}` };
}
