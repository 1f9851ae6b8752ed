import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import { shanghaiDate } from "@/lib/clock";
import { sandboxCashierPayment, sandboxCashierSetting, type SandboxCashierPayment } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { CashierRecord } from "@/lib/cashier/callback";
import type { CashierOrder } from "./order";

export type CashierSettings = { repeatCallbacks: number; delaySeconds: number; loseCallbacks: boolean };
const DEFAULTS: CashierSettings = { repeatCallbacks: 1, delaySeconds: 0, loseCallbacks: false };

/** How the sandbox behaves now; PORTAL_CASHIER_* in the environment give the defaults before anyone saves settings. */
export async function loadSettings(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<CashierSettings> {
  const [row] = await db.select().from(sandboxCashierSetting).where(eq(sandboxCashierSetting.name, "default"));
  if (row) return { repeatCallbacks: row.repeatCallbacks, delaySeconds: row.delaySeconds, loseCallbacks: row.loseCallbacks };
  return {
    repeatCallbacks: clamp(Number(env.PORTAL_CASHIER_REPEAT) || DEFAULTS.repeatCallbacks, 1, 20),
    delaySeconds: clamp(Number(env.PORTAL_CASHIER_DELAY_SECONDS) || DEFAULTS.delaySeconds, 0, 3600),
    loseCallbacks: env.PORTAL_CASHIER_LOSE_CALLBACKS === "1",
  };
}

export async function saveSettings(db: Db, settings: CashierSettings, at: Date): Promise<void> {
  const values = { ...settings, updatedAt: at };
  await db.insert(sandboxCashierSetting).values({ name: "default", ...values }).onConflictDoUpdate({ target: sandboxCashierSetting.name, set: values });
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(n)));

/** The cashier's own reference: SBX, the day and 12 random hex digits. */
function newReference(at: Date): string {
  return `SBX${shanghaiDate(at).replaceAll("-", "")}${randomBytes(6).toString("hex").toUpperCase()}`;
}

/**
 * Takes (or fails, or abandons) a payment for an order. A paid one plans its confirmations as the
 * settings say: how many, how late, or none at all (a lost callback, healed by reconcile).
 */
export async function takePayment(
  db: Db,
  order: CashierOrder,
  outcome: "paid" | "failed" | "cancelled",
  at: Date,
  /** The real instant, for timing the confirmations (`at` is on the service date, which a demo may pin). */
  realNow: Date = at,
): Promise<SandboxCashierPayment> {
  const settings = await loadSettings(db);
  const paid = outcome === "paid";
  const [row] = await db
    .insert(sandboxCashierPayment)
    .values({
      reference: newReference(at),
      noticeNumber: order.noticeNumber,
      amountFen: order.amountFen,
      status: outcome,
      createdAt: at,
      paidAt: paid ? at : null,
      paidOn: paid ? shanghaiDate(at) : null,
      callbackUrl: order.callbackUrl,
      callbackDueAt: paid ? new Date(realNow.getTime() + settings.delaySeconds * 1000) : null,
      callbacksPlanned: paid && !settings.loseCallbacks ? settings.repeatCallbacks : 0,
    })
    .returning();
  if (!row) throw new Error("sandbox payment not written");
  return row;
}

/** Plans `times` more confirmations of a paid payment, due now (the settings page's "send again"). */
export async function planAgain(db: Db, reference: string, times: number, at: Date): Promise<boolean> {
  const rows = await db
    .update(sandboxCashierPayment)
    .set({ callbacksPlanned: sql`${sandboxCashierPayment.callbacksPlanned} + ${clamp(times, 1, 20)}`, callbackDueAt: at })
    .where(and(eq(sandboxCashierPayment.reference, reference), eq(sandboxCashierPayment.status, "paid")))
    .returning({ reference: sandboxCashierPayment.reference });
  return rows.length > 0;
}

/** Payments with confirmations still to send whose time has come. */
export async function dueForCallback(db: Db, at: Date): Promise<SandboxCashierPayment[]> {
  return db
    .select()
    .from(sandboxCashierPayment)
    .where(and(gt(sandboxCashierPayment.callbacksPlanned, sandboxCashierPayment.callbacksSent), lte(sandboxCashierPayment.callbackDueAt, at)))
    .limit(100);
}

export async function recentPayments(db: Db): Promise<SandboxCashierPayment[]> {
  return db.select().from(sandboxCashierPayment).orderBy(desc(sandboxCashierPayment.createdAt)).limit(30);
}

export const asRecord = (row: SandboxCashierPayment): CashierRecord => ({
  reference: row.reference,
  noticeNumber: row.noticeNumber,
  amountFen: row.amountFen,
  status: row.status,
  paidAt: row.paidAt ? row.paidAt.toISOString() : null,
});

/** The status query: one payment by the cashier's reference. */
export async function paymentByReference(db: Db, reference: string): Promise<CashierRecord | null> {
  const [row] = await db.select().from(sandboxCashierPayment).where(eq(sandboxCashierPayment.reference, reference));
  return row ? asRecord(row) : null;
}

/** The status query by day: every payment taken on that date (Asia/Shanghai). */
export async function paymentsOn(db: Db, date: string): Promise<CashierRecord[]> {
  const rows = await db.select().from(sandboxCashierPayment).where(eq(sandboxCashierPayment.paidOn, date)).orderBy(sandboxCashierPayment.paidAt);
  return rows.map(asRecord);
}
