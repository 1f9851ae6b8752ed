import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { SIGNATURE_HEADER } from "@/lib/cashier/signature";
import { answerCallback } from "@/lib/services/payment/callback";

export const dynamic = "force-dynamic";

/** The collection service's signed payment confirmation: verified, recorded once, answered the same way every time. */
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get("content-length")) > 8 * 1024) return Response.json({ error: { code: "too-large" } }, { status: 413 });
  const raw = await request.text().catch(() => "");
  const answer = await answerCallback(await getDb(), raw, request.headers.get(SIGNATURE_HEADER), now());
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
