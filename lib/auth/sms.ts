import { lt } from "drizzle-orm";
import { smsOutbox } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { demoMode } from "@/lib/deployment";
import { maskPhone } from "@/lib/identity/phone";
import { logger } from "@/lib/observability/logger";
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

/** Drops outbox rows older than the longest-lived code they could carry (on every send, and by the retention job). */
export async function purgeOutbox(db: DbOrTx, at: Date): Promise<number> {
  const gone = await db.delete(smsOutbox).where(lt(smsOutbox.createdAt, new Date(at.getTime() - OUTBOX_KEEP_MS))).returning({ id: smsOutbox.id });
  return gone.length;
}

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
      await purgeOutbox(db, at);
      const body = demoMode(env) ? message.text : message.text.replace(CODE_IN_TEXT, "******");
      await db.insert(smsOutbox).values({ phone: message.phone, body, createdAt: at });
      logger.info({ phone: maskPhone(message.phone) }, "sms outbox: a message");
    },
  };
}

export const outboxSms: SmsSender = createOutboxSms();

/** The text of a sign-in code message. */
export function signInCodeText(code: string, minutes: number): string {
  return `【城乡居民医保】您的登录验证码是${code}，${minutes}分钟内有效。工作人员不会向您索取验证码，请勿告诉他人。`;
}

/** The code to the phone already bound, when someone asks to move that binding to another phone. */
export function rebindCodeText(code: string, minutes: number, newPhoneMasked: string): string {
  return `【城乡居民医保】验证码${code}：有人申请把您的医保实名身份改绑到手机号码${newPhoneMasked}，${minutes}分钟内有效。如不是您本人操作，请不要把验证码告诉任何人，并拨打12393。`;
}

/**
 * The announcement of every binding, to the registry's phone for the person: which phone, when, and
 * what to do if it was not them. No link and no code (a six-digit run would be starred outside demo).
 */
export function bindingAnnouncementText(phoneMasked: string, at: Date): string {
  const when = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
  return `【城乡居民医保】${when}，手机号码${phoneMasked}已通过实名认证绑定您的医保身份，可用来查看您的参保和家庭信息。如不是您本人操作，请立即拨打12393，或带身份证到医保服务窗口解除绑定。`;
}
