import type { Block } from "@/lib/sources/clauses";

/**
 * A policy document with one anchor per clause: /sources/<id>#<clause> (say clause 二(一)1(5))
 * lands on that clause, and each clause number links to itself so that it can be copied.
 */
export function SourceText({ blocks, lang, clauseLinkLabel }: { blocks: Block[]; lang: string; clauseLinkLabel: (clause: string) => string }) {
  return (
    <div lang={lang} className="max-w-prose space-y-3 text-lg">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "meta":
            return null;
          case "heading":
            return (
              <h3 key={index} className="pt-4 text-xl font-bold">
                {block.text}
              </h3>
            );
          case "text":
            return (
              <p key={index} className="whitespace-pre-line">
                {block.lines.join("\n")}
              </p>
            );
          case "clause":
            return (
              <div
                key={index}
                id={block.clause}
                className={`target:bg-yellow-100 target:outline-4 target:outline-focus ${block.level === 1 ? "pt-4 font-semibold" : ""}`}
              >
                <a href={`#${block.clause}`} className="mr-2 text-base font-normal" aria-label={clauseLinkLabel(block.clause)}>
                  §{block.clause}
                </a>
                <span className="whitespace-pre-line">{block.lines.join("\n")}</span>
              </div>
            );
        }
      })}
    </div>
  );
}
