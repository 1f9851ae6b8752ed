/**
 * 公民身份号码 (GB 11643-1999) and the numbers built the same way: the 港澳台居民居住证 number
 * (810000/820000/830000…) and the 2023 外国人永久居留身份证 number (9…). 18 characters: six of
 * place, eight of birth date (YYYYMMDD), three of sequence (odd for men), one check character
 * (ISO 7064 MOD 11-2, where 10 is written X).
 */
import { mod11_2 } from "@/lib/numbers/check-character";

export type IdNumberProblem = "required" | "format" | "birthDate" | "checkDigit";

/** Full-width digits and Ｘ typed with a Chinese input method, spaces and a lower-case x are accepted. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[Ｘｘx]/g, "X")
    .replace(/[\s\u3000-]/g, "");
}

/** The check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  return mod11_2(first17);
}

/** The birth date an ID number carries, YYYY-MM-DD (not checked). */
export function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** A real calendar date from 1900 on (a plain check: the browser gets this file, not the rules' zod schemas). */
function isRealBirthDate(isoDate: string): boolean {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && instant.getUTCFullYear() === year && instant.getUTCMonth() === month - 1 && instant.getUTCDate() === day;
}

/** What is wrong with an (already normalized) ID number, or null when it is well formed. */
export function idNumberProblem(idNumber: string): IdNumberProblem | null {
  if (idNumber === "") return "required";
  if (!/^\d{17}[\dX]$/.test(idNumber)) return "format";
  if (!isRealBirthDate(birthDateOf(idNumber))) return "birthDate";
  if (checkCharacter(idNumber.slice(0, 17)) !== idNumber[17]) return "checkDigit";
  return null;
}

export function isValidIdNumber(idNumber: string): boolean {
  return idNumberProblem(idNumber) === null;
}

/**
 * **************123X: the last four characters only. The first six name the place and the next
 * eight the birth date, both of which a page may show beside it (the household's district, a
 * member's age): with them the first four and last four would rebuild the whole number.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 4) return "*".repeat(idNumber.length);
  return `${"*".repeat(idNumber.length - 4)}${idNumber.slice(-4)}`;
}

/** Builds a well-formed number from its parts (for synthetic data): place, YYYY-MM-DD, sequence. */
export function composeIdNumber(place: string, birthDate: string, sequence: string): string {
  const first17 = `${place}${birthDate.replaceAll("-", "")}${sequence}`;
  if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
  return first17 + checkCharacter(first17);
}
