import { cashierDaySchema, type CashierRecord } from "./callback";
import { SIGNATURE_HEADER, sign, verify } from "./signature";

type Fetch = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

/**
 * Asks the collection service for the payments it took on a day (its status query). The request is
 * signed; the answer must carry the service's signature over the exact body, or it is not believed.
 */
export async function fetchCashierDay(baseUrl: string, key: Buffer, date: string, fetchImpl: Fetch = fetch): Promise<CashierRecord[]> {
  const path = `/sandbox-cashier/api/payments?date=${encodeURIComponent(date)}`;
  const response = await fetchImpl(new URL(path, baseUrl).toString(), {
    headers: { [SIGNATURE_HEADER]: sign(key, `GET ${path}`), Accept: "application/json" },
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  if (!verify(key, body, response.headers.get(SIGNATURE_HEADER))) throw new Error(`the cashier's answer is not signed (HTTP ${response.status})`);
  if (!response.ok) throw new Error(`the cashier refused the query: HTTP ${response.status} ${body}`);
  const parsed = cashierDaySchema.parse(JSON.parse(body));
  if (parsed.date !== date) throw new Error(`the cashier answered for ${parsed.date}, not ${date}`);
  return parsed.payments;
}
