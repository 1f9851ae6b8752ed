import { smsOutbox } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskPhone } from "@/lib/identity/phone";

export type SmsMessage = { phone: string; text: string };

/**
 * Sends a text message. It runs inside the use case's transaction: an adapter writes what must be
 * sent, and delivery happens once the transaction commits (a rolled-back sign-in sends nothing).
 */
export interface SmsSender {
  send(db: DbOrTx, message: SmsMessage, at: Date): Promise<void>;
}

/**
 * The local adapter: the message goes to the outbox table (shown at /[locale]/dev/outbox when
 * PORTAL_DEMO=1 or in development) and to the server log, with the phone masked.
 */
export const outboxSms: SmsSender = {
  async send(db, message, at) {
    await db.insert(smsOutbox).values({ phone: message.phone, body: message.text, createdAt: at });
    console.info(`[sms outbox] to ${maskPhone(message.phone)}: ${message.text}`);
  },
};

/** The text of a sign-in code message. */
export function signInCodeText(code: string, minutes: number): string {
  return `【城乡居民医保】您的登录验证码是${code}，${minutes}分钟内有效。工作人员不会向您索取验证码，请勿告诉他人。`;
}
