import type { Db } from "@/lib/db/types";
import { sendSignInCode, verifySignInCode } from "./sign-in";
import type { SmsMessage, SmsSender } from "./sms";

/** An SMS sender that keeps what it was given, for tests. */
export function capturingSms(): SmsSender & { sent: SmsMessage[]; lastCode: () => string } {
  const sent: SmsMessage[] = [];
  return {
    sent,
    async send(_db, message) {
      sent.push(message);
    },
    lastCode() {
      const code = /\d{6}/.exec(sent.at(-1)?.text ?? "")?.[0];
      if (!code) throw new Error("no code was sent");
      return code;
    },
  };
}

/** Signs a phone in (code sent and entered); returns the session token and account. */
export async function signInForTest(db: Db, phone: string, at: Date, clientAddress = "192.0.2.1") {
  const sms = capturingSms();
  const sent = await sendSignInCode(db, sms, { phone, clientAddress }, at);
  if (!sent.ok) throw new Error(`code not sent: ${sent.reason}`);
  const verified = await verifySignInCode(db, { challengeId: sent.challengeId, code: sms.lastCode(), clientAddress }, at);
  if (!verified.ok) throw new Error(`not signed in: ${verified.reason}`);
  return verified;
}
