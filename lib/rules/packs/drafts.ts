/**
 * A draft pack file, checked against the published ones before anyone commits it: the office's
 * preview and `rules -- check` (docs/decisions/0018-policy-packs-as-data.md).
 */
import path from "node:path";
import { parse, parseDocument } from "yaml";
import { compilePacks, policiesDir, PackFileError, readPackTexts, type PackProblem, type PackText } from "./load";
import type { Pack } from "./types";

/** An uploaded draft is read only up to this size. */
export const DRAFT_LIMIT_BYTES = 256 * 1024;

export type DraftCheck =
  | { ok: true; draft: Pack; parent?: Pack; extends?: string; published: Pack[] }
  | { ok: false; problems: PackProblem[] };

function idOf(text: string): string | undefined {
  try {
    const data: unknown = parse(text);
    return typeof data === "object" && data !== null && "id" in data ? String(data.id) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles `text` together with the published pack files (a published file with the draft's id
 * is replaced by it). `parent` is the pack it extends, else the region's latest earlier year.
 */
export function checkDraft(file: string, text: string, published: readonly PackText[] = readPackTexts(policiesDir())): DraftCheck {
  if (Buffer.byteLength(text, "utf8") > DRAFT_LIMIT_BYTES) {
    return { ok: false, problems: [{ file, path: "", code: "too-large", reason: `the file is over ${DRAFT_LIMIT_BYTES / 1024} KB; a pack file is a few KB` }] };
  }
  const id = idOf(text);
  const others = published.filter((other) => path.basename(other.file) !== `${id}.yaml` && path.resolve(other.file) !== path.resolve(file));
  try {
    const packs = compilePacks([...others, { file, text, draft: true }]);
    const draft = packs.find((pack) => pack.id === id)!;
    const extended = (parse(text) as { extends?: string }).extends;
    const earlier = packs
      .filter((pack) => pack.region === draft.region && pack.coverageYear < draft.coverageYear)
      .sort((a, b) => b.coverageYear - a.coverageYear)[0];
    const parent = extended ? packs.find((pack) => pack.id === extended) : earlier;
    return { ok: true, draft, parent, extends: extended, published: packs.filter((pack) => pack !== draft) };
  } catch (error) {
    if (error instanceof PackFileError) return { ok: false, problems: error.problems };
    throw error;
  }
}

export type DraftFileRefusal = "no-file" | "too-large" | "not-yaml";

/** Checked before a byte of an uploaded draft is read: there is a file, of at most 256 KB, named .yaml or .yml. */
export function draftFileRefusal(file: { name: string; size: number } | null): DraftFileRefusal | null {
  if (!file || (file.size === 0 && file.name === "")) return "no-file";
  if (file.size > DRAFT_LIMIT_BYTES) return "too-large";
  if (!/\.ya?ml$/i.test(file.name)) return "not-yaml";
  return null;
}

/** The draft's text: UTF-8 that parses as YAML (a pack's own problems are the preview's to report), else not-yaml. */
export function draftText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: "not-yaml" } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "not-yaml" };
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text) || parseDocument(text).errors.length > 0) return { ok: false, reason: "not-yaml" };
  return { ok: true, text };
}
