/**
 * Enrollment reference numbers: CX, the coverage year, an 8-digit sequence and a check character
 * (ISO 7064 MOD 11-2 over the 12 digits, as in the ID number: 10 is written X). A mistyped digit
 * or two swapped neighbours are caught before anyone looks the number up.
 */
import { mod11_2 } from "./check-character";

const SHAPE = /^CX(\d{4})(\d{8})([\dX])$/;

export function composeReference(coverageYear: number, sequence: number): string {
  const body = `${coverageYear}${String(sequence).padStart(8, "0")}`;
  if (!/^\d{12}$/.test(body)) throw new Error(`reference out of range: ${coverageYear}/${sequence}`);
  return `CX${body}${mod11_2(body)}`;
}

/** Spaces, dashes and lower case as typed from a letter or an SMS are accepted. */
export function normalizeReference(raw: string): string {
  return raw.replace(/[\s\u3000-]/g, "").toUpperCase();
}

export function isValidReference(raw: string): boolean {
  const match = SHAPE.exec(normalizeReference(raw));
  return Boolean(match && mod11_2(`${match[1]}${match[2]}`) === match[3]);
}

/** CX 2026 0000 0123 7: groups that are easy to read out over the phone. */
export function formatReference(reference: string): string {
  const match = SHAPE.exec(reference);
  if (!match) return reference;
  const [, year, sequence, check] = match as unknown as [string, string, string, string];
  return `CX ${year} ${sequence.slice(0, 4)} ${sequence.slice(4)} ${check}`;
}
