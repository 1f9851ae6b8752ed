"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { now, shanghaiDate } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { providerKey } from "@/lib/cashier/providers";
import { serviceInstant } from "@/lib/cashier/service-instant";
import { deliverDue, scheduleDelivery } from "@/lib/sandbox-cashier/deliver";
import { loadSettings, planAgain, saveSettings, takePayment } from "@/lib/sandbox-cashier/ledger";
import { decodeOrder, sandboxEnabled } from "@/lib/sandbox-cashier/order";
import { formAction } from "@/lib/web/form-action";

const OUTCOMES = ["paid", "failed", "cancelled"] as const;

/** A whole number in a range, else the fallback: the settings form never refuses, it keeps what makes sense. */
const whole = (min: number, max: number, fallback: number) =>
  z.string().transform((text) => {
    const value = Number(text);
    return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  });

const checkoutForm = z.object({ order: z.string(), sig: z.string(), outcome: z.string() });
const settingsForm = z.object({ repeatCallbacks: whole(1, 20, 1), delaySeconds: whole(0, 3600, 0), loseCallbacks: z.string().transform((box) => box === "on") });
const resendForm = z.object({ reference: z.string(), times: z.string().transform((text) => Number(text) || 1) });

/** Pay, fail or cancel: the ledger records it, confirmations go out as the settings say, the resident goes back to the portal. */
export async function checkoutAction(formData: FormData): Promise<void> {
  if (!sandboxEnabled()) redirect("/");
  await formAction(checkoutForm, async (posted) => {
    const db = await getDb();
    const order = decodeOrder(await providerKey(db, "sandbox-cashier"), posted.order, posted.sig);
    const outcome = OUTCOMES.find((o) => o === posted.outcome);
    if (!order || !outcome) redirect("/sandbox-cashier?invalid=1");
    const paidAt = serviceInstant();
    if (outcome === "paid" && shanghaiDate(paidAt) > order.dueDate) redirect("/sandbox-cashier?overdue=1");
    const taken = await takePayment(db, order, outcome, paidAt, now());
    if (outcome === "paid") {
      const { delaySeconds } = await loadSettings(db);
      if (delaySeconds === 0) await deliverDue(db, now());
      else scheduleDelivery(db, delaySeconds * 1000);
    }
    redirect(`${order.returnPath}?cashier=${outcome}&ref=${taken.reference}`);
  })(formData);
}

/** Settings: how many confirmations per payment, how late, or none. */
export async function settingsAction(formData: FormData): Promise<void> {
  if (!sandboxEnabled()) redirect("/");
  await formAction(settingsForm, async (settings) => {
    await saveSettings(await getDb(), settings, now());
    redirect("/sandbox-cashier/settings?saved=1");
  })(formData);
}

/** Send a payment's confirmation again now (once, or several times at once), or whatever is due. */
export async function resendAction(formData: FormData): Promise<void> {
  if (!sandboxEnabled()) redirect("/");
  await formAction(resendForm, async ({ reference, times }) => {
    const db = await getDb();
    if (/^[A-Z0-9]{8,32}$/.test(reference)) await planAgain(db, reference, times, now());
    await deliverDue(db, now());
    redirect("/sandbox-cashier/settings?sent=1");
  })(formData);
}
