import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { clauseIds, parseDocument, type Block } from "./clauses";
import { SOURCE_DOCUMENTS, isSourceId, type SourceId } from "./documents";

export { SOURCE_DOCUMENTS, isSourceId, type SourceId };

export const SOURCES_DIR = path.join(process.cwd(), "content", "policy-sources");

export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number] & { file: string; blocks: Block[]; clauses: Set<string> };

const cache = new Map<SourceId, SourceDocument>();

/** Reads and parses a document once per process. */
export function loadSource(id: SourceId): SourceDocument {
  const cached = cache.get(id);
  if (cached) return cached;
  const meta = SOURCE_DOCUMENTS.find((d) => d.id === id)!;
  const file = readdirSync(SOURCES_DIR).find((f) => f.startsWith(`${id}.`));
  if (!file) throw new Error(`Policy source ${id} is missing from ${SOURCES_DIR}`);
  const blocks = parseDocument(readFileSync(path.join(SOURCES_DIR, file), "utf8"), meta.parts);
  const doc = { ...meta, file, blocks, clauses: clauseIds(blocks) };
  cache.set(id, doc);
  return doc;
}

/** Splits a citation, "<document>#<clause>" (e.g. the clause 二(一)1(5) of a document), into its document and clause. */
export function parseCitation(citation: string): { id: string; clause: string } {
  const hash = citation.indexOf("#");
  return hash === -1 ? { id: citation, clause: "" } : { id: citation.slice(0, hash), clause: citation.slice(hash + 1) };
}

/** True when the citation names a document of the catalog and, if it names a clause, an existing one. */
export function citationResolves(citation: string): boolean {
  const { id, clause } = parseCitation(citation);
  if (!isSourceId(id)) return false;
  return clause === "" || loadSource(id).clauses.has(clause);
}
