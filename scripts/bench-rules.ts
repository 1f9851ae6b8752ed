/**
 * Evaluations per second: `evaluate` alone, `evaluateOne` (schema + evaluate) and the CLI over
 * 100,000 NDJSON lines. Figures are printed, not asserted.
 *   npx tsx scripts/bench-rules.ts [--lines 100000]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import fc from "fast-check";
import { evaluate, requestSchema } from "@/lib/rules";
import { evaluateOne } from "@/lib/api/evaluate-one";
import { validRequest } from "@/lib/api/testing/arbitraries";
import { REPO_ROOT } from "./lib/run-cli";

const TODAY = "2026-03-10";
const linesArg = process.argv.indexOf("--lines");
const LINES = linesArg > 0 ? Number(process.argv[linesArg + 1]) : 100_000;

const distinct = fc.sample(validRequest, { numRuns: 10_000, seed: 7 });
const requestAt = (i: number) => distinct[i % distinct.length];

const format = (perSecond: number) => `${Math.round(perSecond).toLocaleString("en-US")}/s`;

function timed(label: string, count: number, run: () => void) {
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(36)} ${count.toLocaleString("en-US")} in ${seconds.toFixed(2)} s  ${format(count / seconds)}`);
}

function benchInProcess() {
  const parsed = distinct.map((request) => requestSchema.parse(request));
  for (let i = 0; i < 2000; i += 1) evaluate(parsed[i % parsed.length]!, { today: TODAY }); // warm up
  timed("evaluate (pre-parsed)", LINES, () => {
    for (let i = 0; i < LINES; i += 1) evaluate(parsed[i % parsed.length]!, { today: TODAY });
  });
  timed("evaluateOne (schema + evaluate)", LINES, () => {
    for (let i = 0; i < LINES; i += 1) evaluateOne(requestAt(i), TODAY);
  });
}

/** Linux only: the child's peak resident memory, from /proc. */
function peakRssMiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function benchCli(lines: number): Promise<{ seconds: number; outputLines: number; peakMiB?: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/rules-cli.ts", "evaluate"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORTAL_TODAY: TODAY, PORTAL_DEMO: "1" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let outputLines = 0;
  let peakMiB: number | undefined;
  const probe = setInterval(() => {
    peakMiB = peakRssMiB(child.pid ?? -1) ?? peakMiB;
  }, 50);
  child.stdout.on("data", (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) outputLines += 1;
  });
  const start = performance.now();
  const input = Readable.from(
    (function* () {
      const block = 1000;
      for (let from = 0; from < lines; from += block) {
        let text = "";
        for (let i = from; i < Math.min(lines, from + block); i += 1) text += `${JSON.stringify(requestAt(i))}\n`;
        yield text;
      }
    })(),
  );
  input.pipe(child.stdin);
  await new Promise((resolve) => child.on("close", resolve));
  clearInterval(probe);
  return { seconds: (performance.now() - start) / 1000, outputLines, peakMiB };
}

async function main() {
  console.log(`node ${process.version}, ${LINES.toLocaleString("en-US")} requests (${distinct.length.toLocaleString("en-US")} distinct), asOf set or today ${TODAY}`);
  benchInProcess();
  const startup = await benchCli(0);
  const cli = await benchCli(LINES);
  const working = cli.seconds - startup.seconds;
  console.log(`${"CLI start-up (tsx, empty input)".padEnd(36)} ${startup.seconds.toFixed(2)} s`);
  console.log(
    `${"CLI rules -- evaluate".padEnd(36)} ${cli.outputLines.toLocaleString("en-US")} lines in ${cli.seconds.toFixed(2)} s  ${format(LINES / cli.seconds)} (${format(LINES / working)} after start-up)` +
      (cli.peakMiB ? `, peak RSS ${cli.peakMiB.toFixed(0)} MiB` : ""),
  );
}

void main();
