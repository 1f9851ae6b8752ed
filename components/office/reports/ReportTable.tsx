import type { ReactNode } from "react";

/**
 * A report's table: a caption, column headings, the body and footer given. Wide tables scroll in
 * their own box, which takes focus so that the keyboard can scroll it too.
 */
export function ReportTable({ id, caption, captionHidden = false, headings, children }: { id: string; caption: string; captionHidden?: boolean; headings: ReactNode[]; children: ReactNode }) {
  return (
    <div className="mb-6 overflow-x-auto" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="w-full border-collapse text-left" data-testid={id}>
        <caption id={`${id}-caption`} className={captionHidden ? "sr-only" : "mb-2 text-left text-lg font-semibold"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom">
            {headings.map((heading, index) => (
              <th key={index} scope="col" className="py-2 pr-4">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
