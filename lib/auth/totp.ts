import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { fromBase32, toBase32 } from "./base32";

/**
 * One-time passwords from an authenticator app: HOTP (RFC 4226) and TOTP (RFC 6238) with the
 * parameters every app supports: HMAC-SHA1, 30-second steps, 6 digits. A code is accepted one step
 * either side of now (a phone's clock a little off, a code typed as it changed), and each step only
 * once: the caller keeps the last step used and passes it back.
 */
export const TOTP = { algorithm: "sha1", digits: 6, stepSeconds: 30, window: 1, secretBytes: 20 } as const;

export type HotpOptions = { algorithm?: "sha1" | "sha256" | "sha512"; digits?: number };

/** RFC 4226 §5.3: HMAC of the 8-byte big-endian counter, dynamically truncated to `digits` decimal digits. */
export function hotp(key: Buffer, counter: number, { algorithm = TOTP.algorithm, digits = TOTP.digits }: HotpOptions = {}): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** RFC 6238 §4: the step an instant falls in (T0 = the Unix epoch). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP.stepSeconds);
}

/** The code for a step (an app shows the one for now). */
export function totpCode(secret: string, step: number, options?: HotpOptions): string {
  const key = fromBase32(secret);
  if (!key) throw new Error("the TOTP secret is not base32");
  return hotp(key, step, options);
}

/**
 * The step whose code this is, within one step of `at` and later than `lastStep`, or null. A code
 * of an earlier (used) step is told apart, so that the page can say "already used" rather than "wrong".
 */
export function matchTotp(secret: string, code: string, at: Date, lastStep: number | null): { step: number } | { replayed: true } | null {
  const key = fromBase32(secret);
  if (!key || !/^\d+$/.test(code) || code.length !== TOTP.digits) return null;
  const now = totpStep(at);
  let replayed = false;
  for (let step = now - TOTP.window; step <= now + TOTP.window; step += 1) {
    if (!sameCode(hotp(key, step), code)) continue;
    if (lastStep === null || step > lastStep) return { step };
    replayed = true;
  }
  return replayed ? { replayed: true } : null;
}

/** A new random secret, base32 (160 bits, as RFC 4226 §4 recommends). */
export function newTotpSecret(): string {
  return toBase32(randomBytes(TOTP.secretBytes));
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** The otpauth:// address an app reads from the QR code (Key Uri Format). */
export function otpauthUri(secret: string, issuer: string, accountName: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const query = new URLSearchParams({ secret, issuer, algorithm: "SHA1", digits: String(TOTP.digits), period: String(TOTP.stepSeconds) });
  return `otpauth://totp/${label}?${query.toString().replace(/\+/g, "%20")}`;
}

function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
