import type { Db } from "@/lib/db/types";
import { SIGNATURE_HEADER, sign, verify } from "@/lib/cashier/signature";
import { providerKey } from "@/lib/cashier/providers";
import { paymentByReference, paymentsOn } from "./ledger";

export type QueryAnswer = { status: number; body: string; headers: Record<string, string> };

/**
 * The cashier's status query, by day (`?date=YYYY-MM-DD`) or by reference. The caller signs
 * "GET <path and query>"; the answer is signed too, so that reconcile records only what the
 * cashier said. Anything unsigned or malformed is refused without touching the ledger.
 */
export async function answerQuery(db: Db, pathAndQuery: string, signature: string | null): Promise<QueryAnswer> {
  const key = await providerKey(db, "sandbox-cashier");
  const respond = (status: number, payload: unknown): QueryAnswer => {
    const body = JSON.stringify(payload);
    return { status, body, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", [SIGNATURE_HEADER]: sign(key, body) } };
  };
  if (!verify(key, `GET ${pathAndQuery}`, signature)) return respond(401, { error: { code: "bad-signature" } });
  const url = new URL(pathAndQuery, "http://cashier.invalid");
  const reference = /^\/sandbox-cashier\/api\/payments\/([A-Z0-9]{8,32})$/.exec(url.pathname)?.[1];
  if (reference) {
    const record = await paymentByReference(db, reference);
    return record ? respond(200, record) : respond(404, { error: { code: "not-found" } });
  }
  const date = url.searchParams.get("date") ?? "";
  if (url.pathname !== "/sandbox-cashier/api/payments" || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    return respond(400, { error: { code: "invalid-request" } });
  }
  return respond(200, { date, payments: await paymentsOn(db, date) });
}
