/** The most a roster file uploaded in the office console may hold (issue 14). */
export const ROSTER_FILE_LIMIT_BYTES = 5 * 1024 * 1024;

/** What browsers and spreadsheet programs send as the type of a .csv file. */
const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/comma-separated-values"];

export type RosterFileRefusal = "no-file" | "too-large" | "not-csv";

/** Checked before a byte of the file is read: its size, its name and its declared type. */
export function rosterFileRefusal(file: { name: string; size: number; type: string } | null): RosterFileRefusal | null {
  if (!file || (file.size === 0 && file.name === "")) return "no-file";
  if (file.size > ROSTER_FILE_LIMIT_BYTES) return "too-large";
  if (!/\.csv$/i.test(file.name) || !CSV_TYPES.includes(file.type.split(";")[0]!.trim().toLowerCase())) return "not-csv";
  return null;
}

/** The file's text: UTF-8 (with or without a byte-order mark), or not a CSV file at all (binary, another encoding). */
export function rosterText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: "not-csv" } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "not-csv" };
  }
  // A NUL or other control characters besides tab and line ends: a spreadsheet or an archive renamed .csv.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) return { ok: false, reason: "not-csv" };
  return { ok: true, text };
}
