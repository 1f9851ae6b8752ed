import { randomUUID } from "node:crypto";
import { and, eq, gte, sql } from "drizzle-orm";
import { accountLedger, employeeAccount } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/types";

export type DebitResult = { ok: true; balanceBeforeFen: number; balanceAfterFen: number } | { ok: false; reason: "no-account" } | { ok: false; reason: "insufficient"; balanceFen: number };

/**
 * Takes `amountFen` from an employee account's 历年账户 balance: one conditional update that debits
 * only when the balance covers the whole amount (else nothing is debited), and on the account's
 * first movement the opening row with the balance it found. The caller writes the movement's own
 * ledger row, in the same transaction.
 */
export async function debitAccount(tx: Tx, personId: string, amountFen: number, at: Date): Promise<DebitResult> {
  const [debited] = await tx
    .update(employeeAccount)
    .set({ historicalBalanceFen: sql`${employeeAccount.historicalBalanceFen} - ${amountFen}`, updatedAt: at })
    .where(and(eq(employeeAccount.personId, personId), eq(employeeAccount.status, "active"), gte(employeeAccount.historicalBalanceFen, amountFen)))
    .returning({ balanceFen: employeeAccount.historicalBalanceFen });
  if (!debited) {
    const [account] = await tx.select().from(employeeAccount).where(eq(employeeAccount.personId, personId));
    if (!account || account.status !== "active") return { ok: false, reason: "no-account" };
    return { ok: false, reason: "insufficient", balanceFen: account.historicalBalanceFen };
  }
  const balanceBeforeFen = debited.balanceFen + amountFen;
  await writeOpening(tx, personId, balanceBeforeFen, at);
  return { ok: true, balanceBeforeFen, balanceAfterFen: debited.balanceFen };
}

/** The account's first movement writes the balance it found as the opening row (the account row is locked by the debit). */
async function writeOpening(tx: Tx, personId: string, balanceFen: number, at: Date): Promise<void> {
  const [opening] = await tx.select({ id: accountLedger.id }).from(accountLedger).where(and(eq(accountLedger.personId, personId), eq(accountLedger.kind, "opening")));
  if (opening) return;
  await tx.insert(accountLedger).values({ id: randomUUID(), personId, kind: "opening", amountFen: balanceFen, balanceAfterFen: balanceFen, at });
}
