/**
 * Payments, for the insurance office.
 *
 *   npm run payments -- reconcile --date YYYY-MM-DD [--cashier <url> | --local-cashier]
 *
 * Asks the collection service for the payments it took on that day (its signed status query) and
 * records, through the same path as the callback, any whose confirmation never arrived; the rest
 * are found already recorded. The cashier's address: --cashier, else PORTAL_CASHIER_URL, else
 * PORTAL_BASE_URL, else http://127.0.0.1:3000. With the embedded database the server holds it, so
 * --local-cashier asks the sandbox cashier's ledger in this process instead (same signed query).
 * Exit status: 0 reconciled, 1 the cashier failed or some payment was refused, 2 usage.
 */
import { parseArgs } from "node:util";
import { now } from "@/lib/clock";
import { openConfigured } from "@/lib/db/open";
import type { Db } from "@/lib/db/types";
import { fetchCashierDay } from "@/lib/cashier/client";
import { providerKey, sandboxEnabled } from "@/lib/cashier/providers";
import { SIGNATURE_HEADER } from "@/lib/cashier/signature";
import { answerQuery } from "@/lib/sandbox-cashier/query";
import { reconcileDay, type ReconcileSummary } from "@/lib/services/payment/reconcile";

const USAGE = "usage: npm run payments -- reconcile --date YYYY-MM-DD [--cashier <url> | --local-cashier]";

export function formatSummary(summary: ReconcileSummary): string {
  return [
    `${summary.date}: the cashier took ${summary.paid} payments`,
    `recorded ${summary.recorded} whose confirmation never arrived; ${summary.alreadyRecorded} already recorded; ${summary.refundDue} to refund`,
    ...summary.refused.map((r) => `  refused ${r.reference}: ${r.reason}`),
  ].join("\n");
}

/** The sandbox's signed query answered in this process, as if over HTTP. */
const localCashier = (db: Db) => async (url: string, init: { headers: Record<string, string> }) => {
  const { pathname, search } = new URL(url);
  const answer = await answerQuery(db, `${pathname}${search}`, init.headers[SIGNATURE_HEADER] ?? null);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
};

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { date: { type: "string" }, cashier: { type: "string" }, "local-cashier": { type: "boolean", default: false } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const date = parsed.values.date ?? "";
  if (parsed.positionals[0] !== "reconcile" || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    console.error(USAGE);
    return 2;
  }
  if (!sandboxEnabled()) {
    console.error("Only the sandbox cashier's records can be reconciled by this build, and the sandbox is off: a production configuration never records its payments (PORTAL_SANDBOX_CASHIER=1 or PORTAL_DEMO=1 turns it on).");
    return 2;
  }
  const cashier = parsed.values.cashier ?? process.env.PORTAL_CASHIER_URL ?? process.env.PORTAL_BASE_URL ?? "http://127.0.0.1:3000";
  const opened = await openConfigured();
  try {
    const db = opened.db;
    // The status query this build speaks is the sandbox's: its records are the sandbox's payments, signed with its own key.
    const records = await fetchCashierDay(cashier, await providerKey(db, "sandbox-cashier"), date, parsed.values["local-cashier"] ? localCashier(db) : fetch);
    const summary = await reconcileDay(db, date, records, now(), "sandbox-cashier");
    console.log(formatSummary(summary));
    return summary.refused.length ? 1 : 0;
  } finally {
    await opened.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
