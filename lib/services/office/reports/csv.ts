import type { ExportCell } from "./suppression";

/** A cell a spreadsheet would run as a formula (OWASP CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell of RFC 4180 CSV: a formula start is defused with a leading ', and quotes, commas and line breaks are quoted. */
export function csvCell(cell: ExportCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: UTF-8 with a byte order mark (so that Excel reads Chinese), CRLF line ends. */
export function csvDocument(lines: readonly (readonly ExportCell[])[]): string {
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
