import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export type SummaryRow = {
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** Where the change link goes; the page returns to the summary afterwards. */
  changeHref?: string;
  /** Visually hidden text completing the link ("Change date of birth"). */
  changeLabel?: string;
};

/** Check-your-answers: one row per answer, each with a change link. */
export function SummaryList({ rows, changeText }: { rows: SummaryRow[]; changeText: string }) {
  return (
    <dl className="mb-8 border-t border-line">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_1.5fr_auto] sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd>{row.value}</dd>
          <dd>
            {row.changeHref ? (
              <Link href={row.changeHref} className="inline-block min-h-12 py-2">
                {changeText}
                {row.changeLabel ? <span className="sr-only"> {row.changeLabel}</span> : null}
              </Link>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
