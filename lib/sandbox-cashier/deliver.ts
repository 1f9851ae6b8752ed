import { and, eq, sql } from "drizzle-orm";
import { sandboxCashierPayment, type SandboxCashierPayment } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { CashierCallback } from "@/lib/cashier/callback";
import { SIGNATURE_HEADER, sign } from "@/lib/cashier/signature";
import { providerKey } from "@/lib/cashier/providers";
import { logger } from "@/lib/observability/logger";
import { dueForCallback } from "./ledger";

/** Sends one signed confirmation; answers the HTTP status, or 0 when the portal could not be reached. */
export type Sender = (url: string, body: string, signature: string) => Promise<number>;

export const httpSender: Sender = async (url, body, signature) => {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", [SIGNATURE_HEADER]: signature },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    return response.status;
  } catch {
    return 0;
  }
};

export function callbackBody(row: SandboxCashierPayment): string {
  const body: CashierCallback = {
    provider: "sandbox-cashier",
    reference: row.reference,
    noticeNumber: row.noticeNumber,
    amountFen: row.amountFen,
    paidAt: (row.paidAt ?? row.createdAt).toISOString(),
    status: "paid",
  };
  return JSON.stringify(body);
}

const RETRY_AFTER_MS = 30_000;

/**
 * Sends every confirmation whose time has come, the repeats of one payment all at once (as a
 * cashier retrying on a timeout does). A payment's pending confirmations are claimed with a
 * conditional update, so two deliverers never send the same ones. Unreachable portal or a 5xx:
 * tried again 30 seconds later. Answers how many were sent.
 */
export async function deliverDue(db: Db, realNow: Date, send: Sender = httpSender): Promise<number> {
  const key = await providerKey(db, "sandbox-cashier");
  let sent = 0;
  for (const row of await dueForCallback(db, realNow)) {
    const [claimed] = await db
      .update(sandboxCashierPayment)
      .set({ callbacksSent: row.callbacksPlanned })
      .where(and(eq(sandboxCashierPayment.reference, row.reference), eq(sandboxCashierPayment.callbacksSent, row.callbacksSent)))
      .returning({ reference: sandboxCashierPayment.reference });
    if (!claimed) continue;
    const body = callbackBody(row);
    const signature = sign(key, body);
    const statuses = await Promise.all(Array.from({ length: row.callbacksPlanned - row.callbacksSent }, () => send(row.callbackUrl, body, signature)));
    const failed = statuses.filter((status) => status === 0 || status >= 500).length;
    sent += statuses.length - failed;
    await db
      .update(sandboxCashierPayment)
      .set({
        callbacksSent: sql`${sandboxCashierPayment.callbacksSent} - ${failed}`,
        callbackDueAt: failed ? new Date(realNow.getTime() + RETRY_AFTER_MS) : row.callbackDueAt,
        lastCallbackStatus: statuses.at(-1) ?? null,
        lastCallbackAt: realNow,
      })
      .where(eq(sandboxCashierPayment.reference, row.reference));
  }
  return sent;
}

/** Delivers what falls due after `delayMs` in this server process (the settings' "deliver late"). */
export function scheduleDelivery(db: Db, delayMs: number): void {
  const timer = setTimeout(() => {
    deliverDue(db, new Date()).catch((error: unknown) => logger.error({ err: error }, "sandbox cashier: delivery failed"));
  }, delayMs + 100);
  timer.unref?.();
}
