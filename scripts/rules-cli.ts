/**
 * The batch door: `npm run --silent rules -- evaluate < requests.ndjson > answers.ndjson`.
 * Plain Node: no Next.js, no `server-only`.
 */
import { readFileSync } from "node:fs";
import { today } from "@/lib/clock";
import { checkDraft, type DraftCheck } from "@/lib/rules/packs/drafts";
import { describeChange, diffPacks, type FigureChange } from "@/lib/rules/packs/diff";
import { describeProblem, PackFileError } from "@/lib/rules/packs/load";
import type { Pack } from "@/lib/rules/packs/types";
import { evaluateStream } from "./lib/evaluate-stream";

const USAGE = `Usage: npm run --silent rules -- <command>

Commands:
  evaluate   Read NDJSON eligibility requests (API.md) on stdin; write one NDJSON line per
             input line to stdout, in order: the answer, or {"error":{...}} for that line.
             Blank lines get {"error":{"code":"empty-line",...}}; lines over 64 KiB get
             {"error":{"code":"payload-too-large",...}}. Requests without asOf are evaluated
             as of today in Asia/Shanghai (with PORTAL_DEMO=1, PORTAL_TODAY pins it), read once at start.
             Exit status 0 when every line was read.
  policies   Print the policy packs as JSON.
  check <file>
             Check a pack file (content/policies/<pack-id>.yaml, or a draft anywhere) with the
             published packs, and print what it changes relative to the pack it extends (else
             the region's latest earlier year). Exit 1 with file:line key: reason per problem.
  diff <a> <b>
             Print figure-by-figure differences from pack a to pack b, with their sources. Each
             is a pack id (projections included) or a pack file.
  --help     Print this text.
`;

async function evaluateCommand(): Promise<number> {
  // Loaded here, not at the top: a broken pack file is reported (main), not thrown at import.
  const { evaluateOne, outcomeBody } = await import("@/lib/api/evaluate-one");
  const serviceDate = today();
  await evaluateStream(process.stdin, process.stdout, (json) => outcomeBody(evaluateOne(json, serviceDate)));
  return 0;
}

async function policiesCommand(): Promise<number> {
  const { policiesBody } = await import("@/lib/api/policies");
  process.stdout.write(`${JSON.stringify(policiesBody(today()), null, 2)}\n`);
  return 0;
}

function problems(check: Extract<DraftCheck, { ok: false }>): number {
  for (const problem of check.problems) process.stderr.write(`${describeProblem(problem)}\n`);
  return 1;
}

function checkCommand(file: string | undefined): number {
  if (!file) return usage("check needs a pack file");
  const check = checkDraft(file, readFileSync(file, "utf8"));
  if (!check.ok) return problems(check);
  const { draft, parent } = check;
  process.stdout.write(`${file}: ${draft.id} is a valid pack (${draft.region} ${draft.coverageYear})\n`);
  if (!parent) {
    process.stdout.write("It extends nothing and no earlier pack of its region is published.\n");
    return 0;
  }
  printChanges(`Relative to ${parent.id}`, diffPacks(parent, draft));
  return 0;
}

/** Values that change first; figures whose value stays and whose source or status changes after, in one group. */
function printChanges(heading: string, changes: FigureChange[]): void {
  const values = changes.filter((change) => change.valueChanged);
  const others = changes.filter((change) => !change.valueChanged);
  const figures = (n: number) => `${n} figure${n === 1 ? "" : "s"}`;
  process.stdout.write(`${heading}: ${figures(values.length)} change value\n`);
  for (const change of values) process.stdout.write(`  ${describeChange(change)}\n`);
  if (others.length > 0) {
    process.stdout.write(`${figures(others.length)} keep their value; their source or status changes:\n`);
    for (const change of others) process.stdout.write(`  ${describeChange(change)}\n`);
  }
}

async function packOf(name: string): Promise<Pack | Extract<DraftCheck, { ok: false }>> {
  if (/\.ya?ml$/.test(name)) {
    const check = checkDraft(name, readFileSync(name, "utf8"));
    return check.ok ? check.draft : check;
  }
  const { packById } = await import("@/lib/rules/packs/catalog");
  return packById(name, "2099-12-31") ?? { ok: false, problems: [{ file: name, path: "", code: "invalid", reason: "no such pack id, and not a .yaml file" }] };
}

async function diffCommand(a: string | undefined, b: string | undefined): Promise<number> {
  if (!a || !b) return usage("diff needs two packs");
  const [before, after] = [await packOf(a), await packOf(b)];
  if ("problems" in before) return problems(before);
  if ("problems" in after) return problems(after);
  printChanges(`${before.id} → ${after.id}`, diffPacks(before, after));
  return 0;
}

function usage(complaint: string): number {
  process.stderr.write(`${complaint}\n\n${USAGE}`);
  return 2;
}

async function main(args: string[]): Promise<number> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // The reader went away (e.g. `| head`): stop quietly.
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const [command] = args;
  switch (command) {
    case "check":
      return checkCommand(args[1]);
    case "diff":
      return diffCommand(args[1], args[2]);
    case "evaluate":
      return evaluateCommand();
    case "policies":
      return policiesCommand();
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof PackFileError) {
      for (const problem of error.problems) process.stderr.write(`${describeProblem(problem)}\n`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      process.stderr.write(`rules: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`rules: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
