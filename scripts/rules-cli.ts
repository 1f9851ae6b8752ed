/**
 * The batch door: `npm run --silent rules -- evaluate < requests.ndjson > answers.ndjson`.
 * Plain Node: no Next.js, no `server-only`.
 */
import { today } from "@/lib/clock";
import { evaluateOne, outcomeBody } from "@/lib/api/evaluate-one";
import { policiesBody } from "@/lib/api/policies";
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
  --help     Print this text.
`;

async function evaluateCommand(): Promise<number> {
  const serviceDate = today();
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // The reader went away (e.g. `| head`): stop quietly.
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  await evaluateStream(process.stdin, process.stdout, (json) => outcomeBody(evaluateOne(json, serviceDate)));
  return 0;
}

function policiesCommand(): number {
  process.stdout.write(`${JSON.stringify(policiesBody(today()), null, 2)}\n`);
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command] = args;
  switch (command) {
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
    process.stderr.write(`rules: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
