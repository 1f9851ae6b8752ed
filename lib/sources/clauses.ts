/**
 * Splits a policy document into blocks, one per numbered clause, and names each clause by the
 * document's own numbering: 二、 → 二, （一） → (一), 1. → 1, (1) → (1); so "二、…（一）…1.…(5)"
 * is clause 二(一)1(5). When the top-level numbering starts again (a second part of the document,
 * such as a Q&A after a notice), clause ids of that part carry the part's prefix (问答五).
 */

export type Block =
  | { kind: "meta"; text: string }
  | { kind: "heading"; text: string; clause?: string }
  | { kind: "clause"; clause: string; level: number; lines: string[] }
  | { kind: "text"; lines: string[] };

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 二十 → 20. */
export function chineseNumeral(text: string): number {
  if (text.length === 1) return CN_DIGITS[text] ?? NaN;
  const tenAt = text.indexOf("十");
  if (tenAt === -1) return NaN;
  const tens = tenAt === 0 ? 1 : (CN_DIGITS[text.slice(0, tenAt)] ?? NaN);
  const ones = tenAt === text.length - 1 ? 0 : (CN_DIGITS[text.slice(tenAt + 1)] ?? NaN);
  return tens * 10 + ones;
}

const CN = "[一二三四五六七八九十]+";
const MARKERS: { level: number; pattern: RegExp; label: (n: string) => string }[] = [
  { level: 1, pattern: new RegExp(`^(${CN})、`), label: (n) => n },
  { level: 2, pattern: new RegExp(`^[（(](${CN})[)）]`), label: (n) => `(${n})` },
  { level: 3, pattern: /^(\d{1,2})[.．、](?!\d)/, label: (n) => n },
  { level: 4, pattern: /^[（(](\d{1,2})[)）]/, label: (n) => `(${n})` },
];

function stripMarkdown(line: string): { text: string; heading: boolean } {
  const heading = /^#{1,6}\s/.test(line);
  const text = line.replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "").replace(/^[\s\u3000]+/, "").trimEnd();
  return { text, heading };
}

export function parseDocument(source: string, partPrefixes: readonly string[] = []): Block[] {
  const blocks: Block[] = [];
  const path: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  let lastTopLevel = 0;
  let part = 0;
  let current: Extract<Block, { kind: "clause" | "text" }> | undefined;
  let inHeader = true;

  for (const raw of source.split(/\r?\n/)) {
    if (inHeader && raw.startsWith("# ") && blocks.every((b) => b.kind === "meta")) {
      blocks.push({ kind: "meta", text: raw.slice(2).trim() });
      continue;
    }
    inHeader = false;
    const { text, heading } = stripMarkdown(raw);
    if (text === "" || text === "---") {
      current = undefined;
      continue;
    }
    const marker = MARKERS.map((m) => ({ m, match: m.pattern.exec(text) })).find((x) => x.match);
    if (marker?.match) {
      const { m, match } = marker;
      const numeral = match[1] ?? "";
      if (m.level === 1) {
        const value = chineseNumeral(numeral);
        if (value <= lastTopLevel) part += 1;
        lastTopLevel = value;
      }
      path[m.level - 1] = m.label(numeral);
      for (let deeper = m.level; deeper < path.length; deeper++) path[deeper] = undefined;
      const prefix = part > 0 ? (partPrefixes[part - 1] ?? `part${part + 1}-`) : "";
      const clause = prefix + path.slice(0, m.level).filter(Boolean).join("");
      current = { kind: "clause", clause, level: m.level, lines: [text] };
      blocks.push(current);
      continue;
    }
    if (heading) {
      current = undefined;
      blocks.push({ kind: "heading", text });
      continue;
    }
    if (!current) {
      current = { kind: "text", lines: [] };
      blocks.push(current);
    }
    current.lines.push(text);
  }
  return blocks;
}

export function clauseIds(blocks: Block[]): Set<string> {
  return new Set(blocks.flatMap((b) => (b.kind === "clause" ? [b.clause] : [])));
}
