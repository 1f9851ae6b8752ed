/**
 * Reads the policy pack files (content/policies/<pack-id>.yaml) and compiles them into packs, all
 * or nothing: any problem in any file refuses the lot, each problem with its file, line, key path
 * and reason (docs/decisions/0018-policy-packs-as-data.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { citationResolves } from "@/lib/sources/catalog";
import { citationsOf, replaceFigureAt } from "./figure-paths";
import { asPack, extendingPackSchema, packSchema, type ExtendingPackFile } from "./pack-schema";
import { carryForward } from "./project";
import type { Figure, Pack } from "./types";

export const POLICIES_DIR = path.join(process.cwd(), "content", "policies");
/** A pack's case table sits beside it: <pack-id>.cases.yaml. */
export const CASES_SUFFIX = ".cases.yaml";

/** A pack file's text; a draft (uploaded, or checked from elsewhere) may have any file name. */
export type PackText = { file: string; text: string; draft?: boolean };
/** What kind of problem (the console words it from this; `reason` is the plain-English detail the CLI prints). */
export const PACK_PROBLEM_CODES = [
  "not-yaml",
  "not-a-mapping",
  "id-not-file-name",
  "duplicate-id",
  "unknown-key",
  "missing",
  "negative",
  "range-ends-before-start",
  "unresolved-source",
  "extends-loop",
  "unknown-parent",
  "broken-parent",
  "year-before-parent",
  "unknown-figure",
  "year-taken",
  "too-large",
  "invalid",
] as const;
export type PackProblemCode = (typeof PACK_PROBLEM_CODES)[number];
export type PackProblem = { file: string; line?: number; path: string; code: PackProblemCode; reason: string };

export class PackFileError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`Policy packs refused:\n${problems.map(describeProblem).join("\n")}`);
    this.name = "PackFileError";
  }
}

export function describeProblem(problem: PackProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where} ${problem.path || "(file)"}: ${problem.reason}`;
}

type Parsed = {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The key path of a problem, as written in the file, to the line it is on. */
  lineOf: (keys: readonly PropertyKey[]) => number | undefined;
};

function parse({ file, text }: PackText): { parsed: Parsed; data: unknown } | { problems: PackProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      // The first error only: the ones after it are mostly its echoes.
      problems: doc.errors.slice(0, 1).map((error) => ({ file, line: lines.linePos(error.pos[0]).line, path: "", code: "not-yaml", reason: `not YAML: ${error.message.split("\n")[0]}` })),
    };
  }
  // The line of the deepest key of `keys` the file has (the key itself, not its value).
  const lineOf = (keys: readonly PropertyKey[]) => {
    for (let depth = keys.length; depth > 0; depth--) {
      const parent = depth === 1 ? doc.contents : doc.getIn(keys.slice(0, depth - 1) as unknown[], true);
      const key = keys[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
      } else if (isSeq(parent) && typeof key !== "symbol") {
        const item = parent.items[Number(key)] as { range?: [number, number, number] } | undefined;
        if (item?.range) return lines.linePos(item.range[0]).line;
      }
    }
    return undefined;
  };
  return { parsed: { file, doc, lines, lineOf }, data: doc.toJS() };
}

function valueAtPath(data: unknown, keys: readonly PropertyKey[]): unknown {
  return keys.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function codeOf(issue: z.core.$ZodIssue, data: unknown): PackProblemCode {
  if (issue.code === "unrecognized_keys") return "unknown-key";
  if (issue.code === "invalid_type" && valueAtPath(data, issue.path) === undefined) return "missing";
  if (issue.code === "too_small" && issue.origin === "number" && Number(issue.minimum) === 0) return "negative";
  if (issue.code === "custom" && issue.path.at(-1) === "end") return "range-ends-before-start";
  return "invalid";
}

function zodProblems(parsed: Parsed, data: unknown, error: z.ZodError, at: (issuePath: PropertyKey[]) => PropertyKey[] = (p) => p): PackProblem[] {
  return error.issues.map((issue) => {
    const keys = at(issue.path);
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const path = [...keys, ...unknownKeys.slice(0, 1)].map(String).join(".");
    const reason = issue.code === "unrecognized_keys" ? `unknown key${unknownKeys.length > 1 ? "s" : ""} ${unknownKeys.join(", ")}: check the spelling against docs/decisions/0018` : issue.message;
    return { file: parsed.file, line: parsed.lineOf([...keys, ...unknownKeys.slice(0, 1)]), path, code: codeOf(issue, data), reason };
  });
}

function citationProblems(parsed: Parsed, pack: Pack, at: (path: string) => PropertyKey[]): PackProblem[] {
  return citationsOf(pack)
    .filter(({ citation }) => !citationResolves(citation))
    .map(({ path, citation }) => ({
      file: parsed.file,
      line: parsed.lineOf(at(path)),
      path: at(path).map(String).join("."),
      code: "unresolved-source" as const,
      reason: `source "${citation}" does not resolve to a clause of a document in content/policy-sources/`,
    }));
}

type Entry = { parsed: Parsed; data: Record<string, unknown> };

/**
 * Compiles pack files: whole packs as they are, extending packs over their parent carried forward
 * to their coverage year. Throws PackFileError listing every problem in every file.
 */
export function compilePacks(texts: readonly PackText[]): Pack[] {
  const problems: PackProblem[] = [];
  const entries = new Map<string, Entry>();
  for (const text of texts) {
    const result = parse(text);
    if ("problems" in result) {
      problems.push(...result.problems);
      continue;
    }
    const data = result.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      problems.push({ file: text.file, line: 1, path: "", code: "not-a-mapping", reason: "a pack file is a YAML mapping (id: …, coverageYear: …)" });
      continue;
    }
    const id = String((data as Record<string, unknown>).id ?? "");
    const expected = path.basename(text.file).replace(/\.ya?ml$/, "");
    if (id !== expected && !text.draft) {
      problems.push({ file: text.file, line: result.parsed.lineOf(["id"]), path: "id", code: "id-not-file-name", reason: `the id must be the file's name: ${expected}` });
      continue;
    }
    if (entries.has(id)) problems.push({ file: text.file, line: 1, path: "id", code: "duplicate-id", reason: `a second pack with id ${id}` });
    else entries.set(id, { parsed: result.parsed, data: data as Record<string, unknown> });
  }

  const compiled = new Map<string, Pack | null>();
  const compile = (id: string, chain: string[]): Pack | null => {
    if (compiled.has(id)) return compiled.get(id)!;
    const entry = entries.get(id)!;
    const pack = "extends" in entry.data ? compileExtending(entry, chain) : compileWhole(entry);
    compiled.set(id, pack);
    return pack;
  };

  const compileWhole = ({ parsed, data }: Entry): Pack | null => {
    const result = packSchema.safeParse(data);
    if (!result.success) {
      problems.push(...zodProblems(parsed, data, result.error));
      return null;
    }
    const pack = asPack(result.data);
    const found = citationProblems(parsed, pack, (p) => p.split("."));
    problems.push(...found);
    return found.length > 0 ? null : pack;
  };

  const compileExtending = ({ parsed, data }: Entry, chain: string[]): Pack | null => {
    const result = extendingPackSchema.safeParse(data);
    if (!result.success) {
      problems.push(...zodProblems(parsed, data, result.error));
      return null;
    }
    const file = result.data;
    const refuse = (keys: PropertyKey[], code: PackProblemCode, reason: string) => {
      problems.push({ file: parsed.file, line: parsed.lineOf(keys), path: keys.map(String).join("."), code, reason });
      return null;
    };
    if (chain.includes(file.extends) || file.extends === file.id) {
      return refuse(["extends"], "extends-loop", `extends loop: ${[...chain, file.id, file.extends].join(" → ")}`);
    }
    if (!entries.has(file.extends)) {
      return refuse(["extends"], "unknown-parent", `unknown parent ${file.extends}: no content/policies/${file.extends}.yaml`);
    }
    const parent = compile(file.extends, [...chain, file.id]);
    if (!parent) return refuse(["extends"], "broken-parent", `the parent ${file.extends} has problems of its own (listed above)`);
    if (file.coverageYear < parent.coverageYear) {
      return refuse(["coverageYear"], "year-before-parent", `${file.coverageYear} is before the parent's coverage year ${parent.coverageYear}`);
    }
    return extendPack(parent, file, parsed);
  };

  /** The parent carried forward, then the file's figures, then the whole checked as one pack. */
  const extendPack = (parent: Pack, file: ExtendingPackFile, parsed: Parsed): Pack | null => {
    let pack: Pack = {
      ...carryForward(parent, file.coverageYear),
      id: file.id,
      projected: false,
      ...(file.regionName ? { regionName: file.regionName } : {}),
      ...(file.sources ? { sources: file.sources } : {}),
      ...(file.channels ? { channels: file.channels } : {}),
      cite: { ...parent.cite, ...file.cite },
    };
    let refused = false;
    for (const [figurePath, figure] of Object.entries(file.figures)) {
      const replaced = replaceFigureAt(pack, figurePath, figure as Figure<unknown>);
      if (!replaced) {
        refused = true;
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(["figures", figurePath]),
          path: `figures.${figurePath}`,
          code: "unknown-figure",
          reason: `${parent.id} has no figure ${figurePath}; the figures it has: rules -- check ${parent.id}.yaml`,
        });
      } else pack = replaced;
    }
    if (refused) return null;
    // A problem inside a figure the file sets is reported at that figure; any other at `extends`.
    const figurePaths = Object.keys(file.figures);
    const at = (issuePath: readonly PropertyKey[]): PropertyKey[] => {
      const dotted = issuePath.map(String);
      const own = figurePaths.find((p) => dotted.join(".").startsWith(p) && dotted.slice(0, p.split(".").length).join(".") === p);
      if (own) return ["figures", own, ...dotted.slice(own.split(".").length)];
      const fromFile = ["cite", "channels", "sources", "regionName"].includes(dotted[0] ?? "");
      return fromFile ? [...issuePath] : ["extends"];
    };
    const whole: Partial<Pack> = { ...pack };
    delete whole.projected;
    const result = packSchema.safeParse(whole);
    if (!result.success) {
      problems.push(...zodProblems(parsed, whole, result.error, at));
      return null;
    }
    const checked = asPack(result.data);
    const found = citationProblems(parsed, checked, (p) => at(p.split(".")));
    problems.push(...found);
    return found.length > 0 ? null : checked;
  };

  const packs = [...entries.keys()].map((id) => compile(id, [])).filter((pack): pack is Pack => pack !== null);
  const years = new Map<string, string>();
  for (const pack of packs) {
    const key = `${pack.region} ${pack.coverageYear}`;
    const other = years.get(key);
    if (other) problems.push({ file: `${pack.id}.yaml`, path: "coverageYear", code: "year-taken", reason: `${other} already covers ${pack.region} ${pack.coverageYear}` });
    years.set(key, pack.id);
  }
  if (problems.length > 0) throw new PackFileError(problems);
  return packs;
}

/** The pack files of a folder (case tables left out), by name. */
export function readPackTexts(dir: string): PackText[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && !name.endsWith(CASES_SUFFIX))
    .sort()
    .map((name) => ({ file: path.join(path.relative(process.cwd(), dir) || ".", name), text: readFileSync(path.join(dir, name), "utf8") }));
}

/** The folder the portal reads its packs from: content/policies, or PORTAL_POLICIES_DIR (a copy, to try a draft). */
export function policiesDir(): string {
  return process.env.PORTAL_POLICIES_DIR ? path.resolve(process.env.PORTAL_POLICIES_DIR) : POLICIES_DIR;
}

export function loadPacks(dir = policiesDir()): Pack[] {
  return compilePacks(readPackTexts(dir));
}
