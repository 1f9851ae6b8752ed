import { maskPhone } from "@/lib/identity/phone";

/** An ID number (GB 11643: 17 digits and a check character) standing on its own. */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** A mainland mobile number standing on its own. */
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
/** A six-digit run, as one-time codes are written (lib/auth/one-time-code.ts). */
const SIX_DIGITS = /(?<!\d)\d{6}(?!\d)/g;

/**
 * The last net under every log line, after the named fields have been masked: an ID number keeps
 * its last four characters (lib/identity/id-number.ts), a phone its first three and last four, and
 * any six-digit run is starred, as in the outbox outside demo mode. A number that only looks like
 * one of them (an amount of 123456 fen, a column in a stack trace) is starred too: a log loses a
 * figure rather than leak a code.
 */
export function scrub(line: string): string {
  return line
    .replace(ID_NUMBER, (id) => `${"*".repeat(14)}${id.slice(-4)}`)
    .replace(PHONE, (phone) => maskPhone(phone))
    .replace(SIX_DIGITS, "******");
}
