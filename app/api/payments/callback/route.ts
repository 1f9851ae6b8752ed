import { readTextBody } from "@/lib/api/body";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { SIGNATURE_HEADER } from "@/lib/cashier/signature";
import { CALLBACK_BODY_LIMIT_BYTES, answerCallback, tooLargeCallback } from "@/lib/services/payment/callback";

export const dynamic = "force-dynamic";

/** The collection service's signed payment confirmation: verified, recorded once, answered the same way every time. */
export async function POST(request: Request): Promise<Response> {
  // Anyone can post here: the size is checked before the body is read, and reading stops at the limit.
  const body = await readTextBody(request, CALLBACK_BODY_LIMIT_BYTES);
  // A body that broke off is answered as an unsigned one.
  const answer =
    !body.ok && body.error.code === "payload-too-large"
      ? tooLargeCallback()
      : await answerCallback(await getDb(), body.ok ? body.text : "", request.headers.get(SIGNATURE_HEADER), now());
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
