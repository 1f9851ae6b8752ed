import { appendAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/types";
import { callbackSchema } from "@/lib/cashier/callback";
import { normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { acceptedProviders, providerKey, type CashierProvider } from "@/lib/cashier/providers";
import { verify } from "@/lib/cashier/signature";
import { countCallbackRefused } from "@/lib/observability/metrics";
import { recordPayment } from "./record-payment";

export type CallbackAnswer = { status: number; body: Record<string, unknown> };

/** A confirmation is a few hundred bytes; the route refuses more than this before reading it. */
export const CALLBACK_BODY_LIMIT_BYTES = 8 * 1024;

/**
 * POST /api/payments/callback: the collection service confirms a payment. The signature (HMAC-SHA256
 * over the exact body) is checked first, in constant time; then the body's shape; then the one
 * recording path. The same confirmation always gets the same answer (200 with the outcome), so the
 * service may repeat it as often as it likes. Refusals are audited; nothing is recorded for them.
 */
export async function answerCallback(db: Db, rawBody: string, signature: string | null, at: Date, env: NodeJS.ProcessEnv = process.env): Promise<CallbackAnswer> {
  if (rawBody.length > CALLBACK_BODY_LIMIT_BYTES) return refuse(413, "too-large");
  const signer = await signedBy(db, rawBody, signature, acceptedProviders(env));
  if (!signer) {
    await appendAudit(db, at, { action: "payment.rejected", outcome: "refused", detail: { reason: "bad-signature", via: "callback" } });
    return refuse(401, "bad-signature");
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return refuse(400, "invalid-json");
  }
  const parsed = callbackSchema.safeParse(json);
  if (!parsed.success) {
    await appendAudit(db, at, { action: "payment.rejected", outcome: "refused", detail: { reason: "invalid-body", via: "callback" } });
    return refuse(400, "invalid-body");
  }
  const body = parsed.data;
  if (body.provider !== signer) {
    await appendAudit(db, at, { action: "payment.rejected", outcome: "refused", detail: { reason: "provider-mismatch", via: "callback" } });
    return refuse(401, "bad-signature");
  }
  const result = await recordPayment(
    db,
    {
      provider: body.provider,
      providerReference: body.reference,
      noticeNumber: normalizeNoticeNumber(body.noticeNumber),
      amountFen: body.amountFen,
      paidAt: new Date(body.paidAt),
      via: "callback",
    },
    at,
  );
  if (!result.ok) {
    const status = result.reason === "unknown-notice" ? 404 : result.reason === "amount-mismatch" ? 422 : 409;
    return refuse(status, result.reason);
  }
  return {
    status: 200,
    body: { received: true, reference: body.reference, noticeNumber: result.noticeNumber, outcome: result.outcome, refundReason: result.refundReason },
  };
}

/** Which accepted collection service's key the signature is made with, if any. */
async function signedBy(db: Db, rawBody: string, signature: string | null, providers: CashierProvider[]): Promise<CashierProvider | null> {
  for (const provider of providers) if (verify(await providerKey(db, provider), rawBody, signature)) return provider;
  return null;
}

/** The answer to a confirmation too large to read (the route refuses it before reading it). */
export function tooLargeCallback(): CallbackAnswer {
  return refuse(413, "too-large");
}

/** Every refusal of a confirmation passes here, and is counted (lib/observability/metrics.ts). */
function refuse(status: number, code: string): CallbackAnswer {
  countCallbackRefused(code);
  return { status, body: { error: { code } } };
}
