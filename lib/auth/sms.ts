import { lt } from "drizzle-orm";
import { smsOutbox } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { demoMode } from "@/lib/deployment";
import { maskPhone } from "@/lib/identity/phone";
import { CODE_POLICIES } from "./one-time-code";

export type SmsMessage = { phone: string; text: string };

/**
 * Sends a text message. It runs inside the use case's transaction: an adapter writes what must be
 * sent, and delivery happens once the transaction commits (a rolled-back sign-in sends nothing).
 */
export interface SmsSender {
  send(db: DbOrTx, message: SmsMessage, at: Date): Promise<void>;
}

/** No message in the outbox outlives the longest-lived code it could carry. */
const OUTBOX_KEEP_MS = Math.max(...Object.values(CODE_POLICIES).map((policy) => policy.ttlSeconds)) * 1000;

/** A six-digit run, as codes are written in every message text (lib/auth/one-time-code.ts). */
const CODE_IN_TEXT = /(?<!\d)\d{6}(?!\d)/g;

/**
 * The local adapter, the stand-in for an SMS gateway: the message goes to the outbox table. Only in
 * demo mode, where a person must read the code at /[locale]/dev/outbox, does the table keep the code;
 * elsewhere it is written as ******. The server log names the masked phone and never the text. Rows
 * older than any code's life are purged on every send.
 */
export function createOutboxSms(env: NodeJS.ProcessEnv = process.env): SmsSender {
  return {
    async send(db, message, at) {
      await db.delete(smsOutbox).where(lt(smsOutbox.createdAt, new Date(at.getTime() - OUTBOX_KEEP_MS)));
      const body = demoMode(env) ? message.text : message.text.replace(CODE_IN_TEXT, "******");
      await db.insert(smsOutbox).values({ phone: message.phone, body, createdAt: at });
      console.info(`[sms outbox] a message to ${maskPhone(message.phone)}`);
    },
  };
}

export const outboxSms: SmsSender = createOutboxSms();

/** The text of a sign-in code message. */
export function signInCodeText(code: string, minutes: number): string {
  return `【城乡居民医保】您的登录验证码是${code}，${minutes}分钟内有效。工作人员不会向您索取验证码，请勿告诉他人。`;
}
