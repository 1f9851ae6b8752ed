/**
 * How the insurance office feeds the data-sharing registry.
 *
 *   npm run registry -- import-assistance <file.csv> --pack <pack-id> [--skip-invalid]
 *
 * Checks every row first and prints a report with line numbers. Nothing is imported when any row
 * fails, unless --skip-invalid is given; importing the same file again changes nothing.
 * Exit status: 0 imported (or nothing new), 1 refused, 2 usage.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { now } from "@/lib/clock";
import { openConfigured } from "@/lib/db/open";
import { importAssistanceRoster, type RosterImportReport } from "@/lib/services/registry/import-assistance-roster";

const USAGE = "usage: npm run registry -- import-assistance <file.csv> --pack <pack-id> [--skip-invalid]";

export function formatReport(file: string, report: RosterImportReport): string {
  if (!("rowsRead" in report)) return `unknown pack "${report.packId}"`;
  const lines = [
    `${file}: ${report.rowsRead} rows read, ${report.valid} valid, ${report.problems.length} with problems (pack ${report.packId})`,
    ...report.problems.map((p) => `  line ${p.line}: ${p.message}`),
  ];
  if (report.ok) lines.push(`imported ${report.imported} new roster entries; ${report.alreadyOnRoster} already on the roster`);
  else lines.push("nothing imported: fix the rows above, or pass --skip-invalid to import only the valid rows");
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { pack: { type: "string" }, "skip-invalid": { type: "boolean", default: false } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const [command, file] = parsed.positionals;
  const packId = parsed.values.pack;
  if (command !== "import-assistance" || !file || !packId) {
    console.error(USAGE);
    return 2;
  }
  let csv: string;
  try {
    csv = readFileSync(file, "utf8");
  } catch {
    console.error(`cannot read ${file}`);
    return 2;
  }
  const opened = await openConfigured();
  try {
    const report = await importAssistanceRoster(opened.db, { csv, packId, skipInvalid: parsed.values["skip-invalid"] ?? false }, now());
    const text = formatReport(file, report);
    if (report.ok) console.log(text);
    else console.error(text);
    return report.ok ? 0 : 1;
  } finally {
    await opened.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
