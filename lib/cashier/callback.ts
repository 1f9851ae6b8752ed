import { z } from "zod";
import { isValidNoticeNumber } from "../numbers/notice-number";
import { CASHIER_PROVIDERS } from "./providers";

/**
 * The body of the collection service's payment confirmation (POST /api/payments/callback), signed
 * as sent: its own reference, the notice it pays, the amount in fen and the instant it was paid.
 */
export const callbackSchema = z.object({
  provider: z.enum(CASHIER_PROVIDERS),
  reference: z.string().regex(/^[A-Z0-9]{8,32}$/),
  noticeNumber: z.string().refine(isValidNoticeNumber),
  amountFen: z.int().positive().max(100_000_000),
  paidAt: z.iso.datetime({ offset: true }),
  status: z.literal("paid"),
});
export type CashierCallback = z.infer<typeof callbackSchema>;

/** The service's record of a payment, as its status query answers (reconcile reads these). */
export const cashierRecordSchema = z.object({
  reference: z.string().regex(/^[A-Z0-9]{8,32}$/),
  noticeNumber: z.string(),
  amountFen: z.int().positive(),
  status: z.enum(["paid", "failed", "cancelled"]),
  paidAt: z.iso.datetime({ offset: true }).nullable(),
});
export const cashierDaySchema = z.object({ date: z.iso.date(), payments: z.array(cashierRecordSchema) });
export type CashierRecord = z.infer<typeof cashierRecordSchema>;
