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
/** What is wrong with a line, for a translated report: a code and the values its sentence names. */
export type RosterIssue = { code: RosterIssueCode; values?: Record<string, string | number> };
export type RosterIssueCode =
  | "emptyFile"
  | "header"
  | "fieldCount"
  | "idRequired"
  | "idFormat"
  | "idBirthDate"
  | "idCheckDigit"
  | "nameEmpty"
  | "unknownGroup"
  | "duplicate"
  | "notRegistered"
  | "nameMismatch";
/** One line's problems: `message` in English for the command line, `issues` for the console's translated report. */
export type RosterProblem = { line: number; message: string; issues: RosterIssue[] };
export type RegistryLookup = (idNumbers: string[]) => Promise<Map<string, { personId: string; name: string }>>;
/** fatal: the file itself is unusable (empty, wrong header), whatever --skip-invalid says. */
export type CheckedRoster = { valid: (RosterRow & { personId: string })[]; problems: RosterProblem[]; rowsRead: number; fatal: boolean };

const ID_PROBLEM_CODE = { required: "idRequired", format: "idFormat", birthDate: "idBirthDate", checkDigit: "idCheckDigit" } as const;

const ISSUE_TEXT: Record<RosterIssueCode, (v: Record<string, string | number>) => string> = {
  emptyFile: () => "the file is empty",
  header: () => `the header must be ${ROSTER_COLUMNS.join(",")}`,
  fieldCount: (v) => `expected ${ROSTER_COLUMNS.length} fields, found ${v.found}`,
  idRequired: () => "ID number is empty",
  idFormat: () => "ID number must be 17 digits and a digit or X",
  idBirthDate: () => "ID number does not hold a real birth date",
  idCheckDigit: () => "ID number's check digit (GB 11643) is wrong",
  nameEmpty: () => "name is empty",
  unknownGroup: (v) => `unknown group code "${v.code}" (known: ${v.known})`,
  duplicate: (v) => `duplicate of line ${v.line}`,
  notRegistered: () => "no one with this ID number is in the population register",
  nameMismatch: () => "the name does not match the population register",
};

const problem = (line: number, issues: RosterIssue[]): RosterProblem => ({ line, issues, message: issues.map((i) => ISSUE_TEXT[i.code](i.values ?? {})).join("; ") });

/**
 * Checks every row before anything is written: the header, the number of fields, the ID number
 * (shape, birth date, check digit), the group code (known for the pack), duplicates within the
 * file, and that the person is in the population register under that name.
 */
export async function checkRoster(text: string, knownGroups: readonly string[], lookup: RegistryLookup): Promise<CheckedRoster> {
  const [header, ...records] = parseCsv(text);
  if (!header) return { valid: [], problems: [problem(1, [{ code: "emptyFile" }])], rowsRead: 0, fatal: true };
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  if (columns.join(",") !== ROSTER_COLUMNS.join(",")) {
    return { valid: [], problems: [problem(header.line, [{ code: "header" }])], rowsRead: records.length, fatal: true };
  }

  const problems: RosterProblem[] = [];
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== ROSTER_COLUMNS.length) {
      problems.push(problem(line, [{ code: "fieldCount", values: { found: fields.length } }]));
      continue;
    }
    const [rawId, rawName, rawGroup] = fields.map((f) => f.trim()) as [string, string, string];
    const idNumber = normalizeIdNumber(rawId);
    const rowIssues: RosterIssue[] = [];
    const idProblem = idNumberProblem(idNumber);
    if (idProblem) rowIssues.push({ code: ID_PROBLEM_CODE[idProblem] });
    if (rawName === "") rowIssues.push({ code: "nameEmpty" });
    if (!knownGroups.includes(rawGroup)) rowIssues.push({ code: "unknownGroup", values: { code: rawGroup, known: knownGroups.join(", ") } });
    const key = `${idNumber}|${rawGroup}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) rowIssues.push({ code: "duplicate", values: { line: firstLine } });
    else seen.set(key, line);
    if (rowIssues.length > 0) problems.push(problem(line, rowIssues));
    else rows.push({ line, idNumber, name: rawName, groupCode: rawGroup });
  }

  const registered = await lookup([...new Set(rows.map((r) => r.idNumber))]);
  const valid: CheckedRoster["valid"] = [];
  for (const row of rows) {
    const person = registered.get(row.idNumber);
    if (!person) problems.push(problem(row.line, [{ code: "notRegistered" }]));
    else if (!namesMatch(person.name, row.name)) problems.push(problem(row.line, [{ code: "nameMismatch" }]));
    else valid.push({ ...row, personId: person.personId });
  }
  problems.sort((a, b) => a.line - b.line);
  return { valid, problems, rowsRead: records.length, fatal: false };
}
