import { mod11_2 } from "./check-character";

/**
 * Payment notice numbers (缴费通知号): JF, the coverage year, a 9-digit sequence and a check
 * character (ISO 7064 MOD 11-2, as in reference and ID numbers). Printed on the receipt, read out
 * at a bank counter, typed into a terminal: a mistyped digit is caught before anyone pays.
 */
const SHAPE = /^JF(\d{4})(\d{9})([\dX])$/;

export function composeNoticeNumber(coverageYear: number, sequence: number): string {
  const body = `${coverageYear}${String(sequence).padStart(9, "0")}`;
  if (!/^\d{13}$/.test(body)) throw new Error(`notice number out of range: ${coverageYear}/${sequence}`);
  return `JF${body}${mod11_2(body)}`;
}

/** Spaces, dashes and lower case as typed are accepted. */
export function normalizeNoticeNumber(raw: string): string {
  return raw.replace(/[\s\u3000-]/g, "").toUpperCase();
}

export function isValidNoticeNumber(raw: string): boolean {
  const match = SHAPE.exec(normalizeNoticeNumber(raw));
  return Boolean(match && mod11_2(`${match[1]}${match[2]}`) === match[3]);
}

/** JF 2026 000 000 017 X: groups that are easy to read out at a counter. */
export function formatNoticeNumber(number: string): string {
  const match = SHAPE.exec(number);
  if (!match) return number;
  const [, year, sequence, check] = match as unknown as [string, string, string, string];
  return `JF ${year} ${sequence.slice(0, 3)} ${sequence.slice(3, 6)} ${sequence.slice(6)} ${check}`;
}
