import { z } from "zod";
import { isValidNoticeNumber } from "@/lib/numbers/notice-number";
import { sign, verify } from "@/lib/cashier/signature";

/**
 * What the portal hands the cashier when a resident chooses "pay here": the notice, its amount and
 * due date, where to send the confirmation and where to send the resident back. Signed by the
 * portal, so that neither the amount nor the callback address can be changed in the browser. It
 * travels in the address, so it holds no personal data: no name, ID or phone number.
 */
export const orderSchema = z.object({
  noticeNumber: z.string().refine(isValidNoticeNumber),
  amountFen: z.int().positive().max(100_000_000),
  dueDate: z.iso.date(),
  callbackUrl: z.url({ protocol: /^https?$/ }),
  /** A path of the portal (never another site). */
  returnPath: z.string().regex(/^\/(?!\/)[A-Za-z0-9\-/_]*$/),
});
export type CashierOrder = z.infer<typeof orderSchema>;

export function encodeOrder(key: Buffer, order: CashierOrder): { order: string; sig: string } {
  const encoded = Buffer.from(JSON.stringify(order), "utf8").toString("base64url");
  return { order: encoded, sig: sign(key, `order:${encoded}`) };
}

/** The order if the signature is the portal's and the content is well formed; otherwise null. */
export function decodeOrder(key: Buffer, encoded: unknown, sig: unknown): CashierOrder | null {
  if (typeof encoded !== "string" || typeof sig !== "string" || encoded.length > 2048) return null;
  if (!verify(key, `order:${encoded}`, sig)) return null;
  try {
    const parsed = orderSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}


export { sandboxEnabled } from "@/lib/cashier/providers";
