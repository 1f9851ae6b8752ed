/**
 * The walls of the house (docs/decisions/0011): which folder may import which, and no import
 * circles. Reads every import of every source file (static, `export … from`, dynamic `import()`,
 * type-only included) with TypeScript's own pre-processor, resolves `@/` and relative paths, and
 * exits non-zero with one line per broken wall. Tests may reach across walls; the code they test
 * may not. It also fails where a pack id or a clause is written outside the rules (LAYOUT.md, "One
 * door to the policy packs").
 *
 *   npx tsx scripts/check-layers.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const sourceRoots = ["app", "components", "lib", "scripts", "e2e", "messages"];
const extensions = [".ts", ".tsx"];

/** Files under `from` may not import under any of `mayNotImport` (or, with `mayOnlyImport`, outside it). */
export type Wall = {
  from: string;
  why: string;
  mayNotImport?: string[];
  mayOnlyImport?: string[];
  exceptFrom?: string[];
  /** Folders whose types (not values) may still be named: a view describes the data it is handed. */
  typesFrom?: string[];
};

/** Paths are folder prefixes from the project root, ending in "/" (or a file name). */
export const walls: Wall[] = [
  {
    from: "lib/rules/",
    mayOnlyImport: ["lib/rules/", "lib/sources/"],
    why: "the rules are pure: they import only themselves, the sources they cite (and zod, yaml)",
  },
  {
    from: "lib/sources/",
    mayOnlyImport: ["lib/sources/"],
    why: "the policy sources are content: they import nothing of the portal",
  },
  {
    from: "lib/db/",
    mayOnlyImport: ["lib/db/", "lib/rules/"],
    why: "the database layer sits below every use case: it imports only itself and the rules",
  },
  {
    from: "lib/observability/",
    mayOnlyImport: ["lib/observability/", "lib/identity/"],
    why: "metrics and logs sit low, so that every layer above the database may count and log: they know no use case",
  },
  {
    from: "lib/services/",
    mayNotImport: ["app/", "components/", "lib/check/", "lib/web/", "lib/demo/"],
    why: "use cases import no journey or UI module",
  },
  {
    from: "components/",
    mayNotImport: ["app/", "lib/db/", "lib/services/", "lib/auth/", "lib/demo/", "lib/web/"],
    typesFrom: ["lib/services/"],
    why: "views take data and bound actions as props: no routes, database or session",
  },
  {
    from: "app/",
    mayNotImport: ["lib/services/office/"],
    exceptFrom: ["app/[locale]/office/", "app/api/office/"],
    why: "only the office console calls the office's services: no resident page, action or route reaches them",
  },
  {
    from: "lib/",
    mayNotImport: ["lib/services/office/"],
    // lib/web and lib/demo sit above the services (the console's glue, the demo staff).
    exceptFrom: ["lib/services/office/", "lib/web/", "lib/demo/"],
    why: "only the office console calls the office's services: no resident page, action or route reaches them",
  },
  {
    from: "lib/",
    mayNotImport: ["app/", "components/"],
    exceptFrom: ["lib/web/"],
    why: "the library sits below routes and views",
  },
];

export function sourceFiles(dir = root): string[] {
  const out: string[] = [];
  for (const top of sourceRoots) walk(join(dir, top), out);
  for (const file of readdirSync(dir)) {
    if (extensions.some((e) => file.endsWith(e)) && !file.endsWith(".d.ts")) out.push(join(dir, file));
  }
  return out.map((f) => relative(dir, f)).sort();
}

function walk(path: string, out: string[]) {
  if (!existsSync(path)) return;
  for (const name of readdirSync(path)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (extensions.some((e) => name.endsWith(e)) && !name.endsWith(".d.ts")) out.push(full);
  }
}

const resolveCache = new Map<string, string | null>();
function resolveFile(base: string): string | null {
  const hit = resolveCache.get(base);
  if (hit !== undefined) return hit;
  const candidates = [base, ...extensions.map((e) => base + e), ...extensions.map((e) => join(base, "index" + e))];
  const found = candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile()) ?? null;
  const fileOrDir = found ?? (existsSync(join(root, base)) ? base : null);
  resolveCache.set(base, fileOrDir);
  return fileOrDir;
}

export type Import = { target: string; typeOnly: boolean };

/** The project files a file imports (packages are left out), and whether only types are taken. */
export function importsOf(file: string, text = readFileSync(join(root, file), "utf8")): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = new Map<string, boolean>();
  const add = (spec: string, typeOnly: boolean) => {
    let base: string | null = null;
    if (spec.startsWith("@/")) base = spec.slice(2);
    else if (spec.startsWith("./") || spec.startsWith("../")) base = relative(root, resolve(root, dirname(file), spec));
    if (base === null) return;
    const target = resolveFile(base.replace(/\.(js|ts|tsx)$/, ""));
    if (target !== null) found.set(target, (found.get(target) ?? true) && typeOnly);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].map(([target, typeOnly]) => ({ target, typeOnly }));
}

export const isTest = (file: string) =>
  /\.(test|spec|fuzz\.test|properties\.test)\.tsx?$/.test(file) || file.startsWith("e2e/") || /(^|\/)testing(\/|\.tsx?$)/.test(file);

export function brokenWalls(graph: Map<string, Import[]>): string[] {
  const problems: string[] = [];
  for (const [file, imports] of graph) {
    if (isTest(file)) continue;
    for (const { target, typeOnly } of imports) {
      for (const wall of walls) {
        if (!file.startsWith(wall.from) || wall.exceptFrom?.some((e) => file.startsWith(e))) continue;
        if (typeOnly && wall.typesFrom?.some((p) => target.startsWith(p))) continue;
        const forbidden =
          wall.mayNotImport?.some((p) => target.startsWith(p)) ||
          (wall.mayOnlyImport !== undefined && !wall.mayOnlyImport.some((p) => target.startsWith(p)));
        if (forbidden) {
          problems.push(`${file} imports ${target}: ${wall.why}`);
          break;
        }
      }
    }
  }
  return problems;
}

/** Every import circle, each reported once (Tarjan's strongly connected components). */
export function circles(imports: Map<string, Import[]>): string[][] {
  const graph = new Map([...imports].map(([f, list]) => [f, list.map((i) => i.target)]));
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

/** Where pack ids and clauses may not be written: the rest of the code, and the message texts. */
export const policyNameRoots = ["app/", "components/", "lib/", "messages/"];
/** The rules own the packs; the demo's people and notices are data about given packs. content/ is not code. */
export const policyNameHomes = ["lib/rules/", "lib/demo/"];

/** A pack id: ningbo-2026, ningxia-2027 (a document id such as ningbo-2026-enrollment is not one). */
const PACK_ID = /\b[a-z]{2,}-(?:19|20)\d{2}\b(?![-\w])/g;
/** A clause: a document id with its anchor (ningbo-2026-enrollment#…), or an anchor that is a clause number (#二(一), #问答五). */
const CLAUSE = /\b[a-z]{2,}-(?:19|20)\d{2}(?:-[\w-]+)?#|#(?:[(（]?[一二三四五六七八九十]|问答|通告|附)/g;

/** The files the pack-id rule reads: code and messages outside the rules' homes, tests left out. */
export function policyNameFiles(dir = root): string[] {
  const out: string[] = [];
  const walkAll = (path: string) => {
    if (!existsSync(path)) return;
    for (const name of readdirSync(path)) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walkAll(full);
      else if ([...extensions, ".json"].some((e) => name.endsWith(e)) && !name.endsWith(".d.ts")) out.push(relative(dir, full));
    }
  };
  for (const top of policyNameRoots) walkAll(join(dir, top));
  return out.filter((f) => !isTest(f) && !policyNameHomes.some((home) => f.startsWith(home))).sort();
}

/**
 * One line per pack id or clause written in `files` (path → text) outside lib/rules, lib/demo/,
 * content/ and tests: a view or a service takes the clause from the answer or the pack.
 */
export function policyNamesOutsideRules(files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    if (isTest(file) || policyNameHomes.some((home) => file.startsWith(home))) continue;
    text.split("\n").forEach((line, index) => {
      for (const match of [...line.matchAll(PACK_ID), ...line.matchAll(CLAUSE)]) {
        problems.push(`${file}:${index + 1} names "${match[0]}": packs and clauses are named in lib/rules only; take the clause from the answer or the pack`);
      }
    });
  }
  return problems;
}

export function importGraph(files = sourceFiles()): Map<string, Import[]> {
  return new Map(files.map((f) => [f, importsOf(f)]));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const graph = importGraph();
  const problems = [
    ...brokenWalls(graph),
    ...circles(graph).map((c) => `import circle: ${c.join(" ⇄ ")}`),
    ...policyNamesOutsideRules(new Map(policyNameFiles().map((f) => [f, readFileSync(join(root, f), "utf8")]))),
  ];
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    console.error(`\n${problems.length} broken wall(s); see docs/decisions/0011-layers-and-their-check.md`);
    process.exit(1);
  }
  console.log(`layers: ${graph.size} files, every wall holds, no import circles`);
}
