/**
 * Page-weight budgets, checked against a running production server: for each page, the HTML and
 * the JavaScript it loads, gzip-compressed as a browser would receive them. Prints a table and
 * exits 1 when a page is over its budget.
 *
 *   npx tsx scripts/check-budgets.ts [baseUrl]
 */
import { gzipSync } from "node:zlib";
import type { Answers } from "../lib/check/answers";
import { DRAFT_COOKIE, cookieSecret, draftKey, sealDraft } from "../lib/check/draft-cookie";

type Budget = { kind: "content" | "form"; htmlKb: number; jsKb: number };
export const BUDGETS: Record<Budget["kind"], Budget> = {
  // Reading pages: home, sources. React 19 and the Next.js runtime alone are about 140 kB gz.
  content: { kind: "content", htmlKb: 60, jsKb: 160 },
  // Pages with a form that validates as you type (react-hook-form, zod).
  form: { kind: "form", htmlKb: 40, jsKb: 200 },
};

// J1 pages past the first need the eligibility check's answers so far (a sealed cookie, as the
// server on the same data directory would seal it; the server runs with PORTAL_DEMO=1).
const J1_ANSWERS: Answers = {
  pack: "ningbo-2026",
  birthDate: "1985-04-12",
  residency: "local-hukou",
  otherInsurance: "none",
  assistance: [],
  history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: true },
};
const j1Draft = (answers: Answers) => () =>
  `${DRAFT_COOKIE}=${sealDraft(answers, draftKey(cookieSecret({ ...process.env, PORTAL_DEMO: "1" })), Date.now())}`;

export const PAGES: { path: string; kind: Budget["kind"]; cookie?: () => string }[] = [
  { path: "/zh-Hans", kind: "content" },
  { path: "/en", kind: "content" },
  { path: "/zh-Hans/sources", kind: "content" },
  { path: "/zh-Hans/sources/ningbo-2026-enrollment", kind: "content" },
  { path: "/zh-Hans/policies/ningbo-2026/changes", kind: "content" },
  { path: "/zh-Hans/check", kind: "form" },
  { path: "/zh-Hans/check/where", kind: "form" },
  { path: "/zh-Hans/check/birth-date", kind: "form", cookie: j1Draft({ pack: "ningbo-2026" }) },
  { path: "/zh-Hans/check/assistance", kind: "form", cookie: j1Draft({ ...J1_ANSWERS, assistance: undefined, history: undefined }) },
  { path: "/zh-Hans/check/history", kind: "form", cookie: j1Draft({ ...J1_ANSWERS, history: undefined }) },
  { path: "/zh-Hans/check/answers", kind: "form", cookie: j1Draft(J1_ANSWERS) },
  { path: "/zh-Hans/check/result", kind: "form", cookie: j1Draft(J1_ANSWERS) },
  { path: "/zh-Hans/sign-in", kind: "form" },
  { path: "/zh-Hans/office/sign-in", kind: "form" },
];

const gzipKb = (body: Buffer | string) => gzipSync(body).length / 1024;

async function measure(baseUrl: string, path: string, cookie?: string) {
  const response = await fetch(new URL(path, baseUrl), { headers: cookie ? { cookie } : {} });
  // A page that redirects elsewhere would measure the wrong page.
  if (new URL(response.url).pathname !== path) throw new Error(`${path} answered with ${new URL(response.url).pathname}`);
  const html = await response.text();
  // Modern browsers skip nomodule scripts (the legacy polyfills), so they are not counted.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]!))
    .flatMap((m) => /\bsrc="([^"]+)"/.exec(m[1]!)?.slice(1) ?? []);
  let js = 0;
  for (const src of new Set(scripts)) {
    // A script that fails to load would count as a few bytes and hide the real weight.
    const script = await fetch(new URL(src, baseUrl));
    if (!script.ok) throw new Error(`${path}: ${src} answered ${script.status}`);
    js += gzipKb(Buffer.from(await script.arrayBuffer()));
  }
  return { htmlKb: gzipKb(html), jsKb: js, scripts: new Set(scripts).size };
}

async function main() {
  const baseUrl = process.argv[2] ?? "http://127.0.0.1:3210";
  let over = 0;
  console.log("page".padEnd(48), "kind".padEnd(8), "html kB".padStart(8), "js kB".padStart(8), "scripts".padStart(8), " budget");
  for (const page of PAGES) {
    const budget = BUDGETS[page.kind];
    const m = await measure(baseUrl, page.path, page.cookie?.());
    const ok = m.htmlKb <= budget.htmlKb && m.jsKb <= budget.jsKb;
    if (!ok) over += 1;
    console.log(
      page.path.padEnd(48),
      page.kind.padEnd(8),
      m.htmlKb.toFixed(1).padStart(8),
      m.jsKb.toFixed(1).padStart(8),
      String(m.scripts).padStart(8),
      ` ${ok ? "ok" : "OVER"} (${budget.htmlKb}/${budget.jsKb})`,
    );
  }
  if (over > 0) {
    console.error(`${over} page(s) over budget`);
    process.exit(1);
  }
}

await main();
