import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policiesResponseSchema } from "@/lib/rules";
import { evaluateOne, outcomeBody } from "@/lib/api/evaluate-one";
import { validRequest } from "@/lib/api/testing/arbitraries";
import { REPO_ROOT, runCli } from "./lib/run-cli";

const TODAY = "2026-03-10";
const env = { PORTAL_TODAY: TODAY };

type Expected = { answerOf: unknown } | { code: string };

/** A roster of a few thousand lines: valid requests with bad lines of every kind among them. */
function roster(): { text: string; expected: Expected[] } {
  const valid = fc.sample(validRequest, { numRuns: 2500, seed: 20260310 });
  const bad: [string, string][] = [
    ["", "empty-line"],
    ["   \t", "empty-line"],
    ["{oops", "invalid-json"],
    ["\u0000", "invalid-json"],
    ['{"person":{}}', "invalid-request"],
    ["[]", "invalid-request"],
    ["null", "invalid-request"],
    ['{"person":{"birthDate":"2026-02-30","residency":"none"}}', "invalid-request"],
    ['{"policy":"atlantis-2026","person":{"birthDate":"1990-05-01","residency":"none"}}', "unknown-policy"],
    [`{"pad":"${"x".repeat(70 * 1024)}"}`, "payload-too-large"],
  ];
  const lines: string[] = [];
  const expected: Expected[] = [];
  valid.forEach((request, i) => {
    const [line, code] = bad[i % bad.length] ?? ["", ""];
    if (i % 7 === 3) {
      lines.push(line);
      expected.push({ code });
    }
    // Some lines end in CRLF, as rosters exported on Windows do.
    lines.push(JSON.stringify(request) + (i % 11 === 0 ? "\r" : ""));
    expected.push({ answerOf: request });
  });
  // The last line has no newline.
  return { text: lines.join("\n"), expected };
}

describe("rules -- evaluate", () => {
  it("answers every line of a few thousand, in order, and exits 0", async () => {
    const { text, expected } = roster();
    const run = await runCli(["evaluate"], text, env);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.endsWith("\n")).toBe(true);
    const out = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
    expect(out).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      if ("code" in want) expect((out[i] as { error: { code: string } }).error.code, `line ${i + 1}`).toBe(want.code);
      else expect(out[i], `line ${i + 1}`).toEqual(outcomeBody(evaluateOne(want.answerOf, TODAY)));
    });
  }, 60_000);

  it("answers a line of invalid UTF-8 and goes on", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('{"person":{}}\n')]);
    const run = await runCli(["evaluate"], bytes, env);
    expect(run.status).toBe(0);
    const codes = run.stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { error: { code: string } }).error.code);
    expect(codes).toEqual(["invalid-json", "invalid-request"]);
  }, 30_000);

  it("prints nothing and exits 0 for empty input", async () => {
    expect(await runCli(["evaluate"], "", env)).toEqual({ status: 0, stdout: "", stderr: "" });
  }, 30_000);
});

describe("rules -- other commands", () => {
  it("prints the packs as JSON", async () => {
    const run = await runCli(["policies"], "", env);
    expect(run.status).toBe(0);
    expect(policiesResponseSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
  }, 30_000);

  it.each([[[]], [["--help"]], [["-h"]]])("prints usage for %j", async (args) => {
    const run = await runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage:");
    expect(run.stdout).toContain("evaluate");
  }, 30_000);

  it("prints usage on stderr and exits 2 for an unknown command", async () => {
    const run = await runCli(["evalute"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Unknown command: evalute");
    expect(run.stderr).toContain("Usage:");
  }, 30_000);
});

describe("rules-cli imports", () => {
  /** Follows relative and `@/` imports from the CLI; collects every bare package it reaches. */
  function packagesReachedFrom(entry: string): Set<string> {
    const packages = new Set<string>();
    const visited = new Set<string>();
    const visit = (file: string) => {
      if (visited.has(file)) return;
      visited.add(file);
      const source = readFileSync(file, "utf8");
      for (const [, fromClause, dynamicImport] of source.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
        const specifier = fromClause ?? dynamicImport ?? "";
        if (!specifier.startsWith(".") && !specifier.startsWith("@/")) {
          packages.add(specifier);
          continue;
        }
        const base = specifier.startsWith("@/") ? join(REPO_ROOT, specifier.slice(2)) : resolve(dirname(file), specifier);
        const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => existsSync(candidate));
        if (target) visit(target);
      }
    };
    visit(join(REPO_ROOT, entry));
    return packages;
  }

  it("reach neither Next.js nor server-only", () => {
    const packages = [...packagesReachedFrom("scripts/rules-cli.ts")];
    expect(packages.filter((name) => name === "next" || name.startsWith("next/") || name === "server-only")).toEqual([]);
    expect(packages).toContain("zod");
  });
});
