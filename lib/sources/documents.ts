/**
 * The policy documents the rules cite. `parts` names the prefix of each part after the first,
 * where a document's top-level numbering starts again; `coverageYear` is the 医保年度 the document
 * is about.
 */
export const SOURCE_DOCUMENTS = [
  { id: "ningbo-2026-enrollment", region: "ningbo", script: "zh-Hant", parts: ["问答"], coverageYear: 2026 },
  { id: "ningbo-2023-notice-37", region: "ningbo", script: "zh-Hans", parts: [], coverageYear: 2023 },
  { id: "cixi-2023-funding-plan", region: "ningbo", script: "zh-Hans", parts: [], coverageYear: 2023 },
  { id: "fenghua-2022-faq", region: "ningbo", script: "zh-Hans", parts: ["附"], coverageYear: 2022 },
  { id: "ningxia-2026-notice-108", region: "ningxia", script: "zh-Hans", parts: ["通告"], coverageYear: 2026 },
] as const;

export type SourceId = (typeof SOURCE_DOCUMENTS)[number]["id"];

export function isSourceId(value: string): value is SourceId {
  return SOURCE_DOCUMENTS.some((d) => d.id === value);
}
