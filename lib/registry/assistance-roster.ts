import { idNumberProblem, normalizeIdNumber } from "@/lib/identity/id-number";
import { namesMatch } from "@/lib/identity/name";
import { parseCsv } from "./csv";

/**
 * An assistance roster as the insurance office receives it from civil affairs, disability
 * federation and so on: a CSV file with a header `id_number,name,group_code`, one member of one
 * group per line.
 */
export const ROSTER_COLUMNS = ["id_number", "name", "group_code"] as const;

export type RosterRow = { line: number; idNumber: string; name: string; groupCode: string };
export type RosterProblem = { line: number; message: string };
export type RegistryLookup = (idNumbers: string[]) => Promise<Map<string, { personId: string; name: string }>>;
/** fatal: the file itself is unusable (empty, wrong header), whatever --skip-invalid says. */
export type CheckedRoster = { valid: (RosterRow & { personId: string })[]; problems: RosterProblem[]; rowsRead: number; fatal: boolean };

const ID_PROBLEM_TEXT = {
  required: "ID number is empty",
  format: "ID number must be 17 digits and a digit or X",
  birthDate: "ID number does not hold a real birth date",
  checkDigit: "ID number's check digit (GB 11643) is wrong",
} as const;

/**
 * Checks every row before anything is written: the header, the number of fields, the ID number
 * (shape, birth date, check digit), the group code (known for the pack), duplicates within the
 * file, and that the person is in the population register under that name.
 */
export async function checkRoster(text: string, knownGroups: readonly string[], lookup: RegistryLookup): Promise<CheckedRoster> {
  const [header, ...records] = parseCsv(text);
  if (!header) return { valid: [], problems: [{ line: 1, message: "the file is empty" }], rowsRead: 0, fatal: true };
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  if (columns.join(",") !== ROSTER_COLUMNS.join(",")) {
    return { valid: [], problems: [{ line: header.line, message: `the header must be ${ROSTER_COLUMNS.join(",")}` }], rowsRead: records.length, fatal: true };
  }

  const problems: RosterProblem[] = [];
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== ROSTER_COLUMNS.length) {
      problems.push({ line, message: `expected ${ROSTER_COLUMNS.length} fields, found ${fields.length}` });
      continue;
    }
    const [rawId, rawName, rawGroup] = fields.map((f) => f.trim()) as [string, string, string];
    const idNumber = normalizeIdNumber(rawId);
    const rowProblems: string[] = [];
    const idProblem = idNumberProblem(idNumber);
    if (idProblem) rowProblems.push(ID_PROBLEM_TEXT[idProblem]);
    if (rawName === "") rowProblems.push("name is empty");
    if (!knownGroups.includes(rawGroup)) rowProblems.push(`unknown group code "${rawGroup}" (known: ${knownGroups.join(", ")})`);
    const key = `${idNumber}|${rawGroup}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) rowProblems.push(`duplicate of line ${firstLine}`);
    else seen.set(key, line);
    if (rowProblems.length > 0) problems.push({ line, message: rowProblems.join("; ") });
    else rows.push({ line, idNumber, name: rawName, groupCode: rawGroup });
  }

  const registered = await lookup([...new Set(rows.map((r) => r.idNumber))]);
  const valid: CheckedRoster["valid"] = [];
  for (const row of rows) {
    const person = registered.get(row.idNumber);
    if (!person) problems.push({ line: row.line, message: "no one with this ID number is in the population register" });
    else if (!namesMatch(person.name, row.name)) problems.push({ line: row.line, message: "the name does not match the population register" });
    else valid.push({ ...row, personId: person.personId });
  }
  problems.sort((a, b) => a.line - b.line);
  return { valid, problems, rowsRead: records.length, fatal: false };
}
