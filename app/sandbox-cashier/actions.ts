"use server";

import { redirect } from "next/navigation";
import { now, shanghaiDate } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { cashierKey } from "@/lib/cashier/signature";
import { serviceInstant } from "@/lib/cashier/service-instant";
import { deliverDue, scheduleDelivery } from "@/lib/sandbox-cashier/deliver";
import { loadSettings, planAgain, saveSettings, takePayment } from "@/lib/sandbox-cashier/ledger";
import { decodeOrder, sandboxEnabled } from "@/lib/sandbox-cashier/order";


const OUTCOMES = ["paid", "failed", "cancelled"] as const;

/** Pay, fail or cancel: the ledger records it, confirmations go out as the settings say, the resident goes back to the portal. */
export async function checkoutAction(formData: FormData): Promise<void> {
  if (!sandboxEnabled()) redirect("/");
  const db = await getDb();
  const order = decodeOrder(await cashierKey(db), formData.get("order"), formData.get("sig"));
  const outcome = OUTCOMES.find((o) => o === formData.get("outcome"));
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
}

/** Settings: how many confirmations per payment, how late, or none. */
export async function settingsAction(formData: FormData): Promise<void> {
  if (!sandboxEnabled()) redirect("/");
  const number = (name: string, min: number, max: number, fallback: number) => {
    const value = Number(formData.get(name));
    return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  };
  await saveSettings(
    await getDb(),
    { repeatCallbacks: number("repeatCallbacks", 1, 20, 1), delaySeconds: number("delaySeconds", 0, 3600, 0), loseCallbacks: formData.get("loseCallbacks") === "on" },
    now(),
  );
  redirect("/sandbox-cashier/settings?saved=1");
}

/** Send a payment's confirmation again now (once, or several times at once), or whatever is due. */
export async function resendAction(formData: FormData): Promise<void> {
  if (!sandboxEnabled()) redirect("/");
  const db = await getDb();
  const reference = String(formData.get("reference") ?? "");
  if (/^[A-Z0-9]{8,32}$/.test(reference)) await planAgain(db, reference, Number(formData.get("times")) || 1, now());
  await deliverDue(db, now());
  redirect("/sandbox-cashier/settings?sent=1");
}
