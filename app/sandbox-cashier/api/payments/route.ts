import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { SIGNATURE_HEADER } from "@/lib/cashier/signature";
import { sandboxEnabled } from "@/lib/sandbox-cashier/order";
import { answerQuery } from "@/lib/sandbox-cashier/query";

export const dynamic = "force-dynamic";

/** The cashier's status query by day: GET /sandbox-cashier/api/payments?date=YYYY-MM-DD (signed request, signed answer). */
export async function GET(request: Request): Promise<Response> {
  if (!sandboxEnabled()) notFound();
  const url = new URL(request.url);
  const answer = await answerQuery(await getDb(), `${url.pathname}${url.search}`, request.headers.get(SIGNATURE_HEADER));
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
