import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export type QueueRow = { key: string; href: string; cells: ReactNode[] };

/** A queue as a table: one row per item, the first cell links to its detail page. */
export async function QueueTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: QueueRow[] }) {
  const t = await getTranslations("officeQueues.common");
  if (rows.length === 0) return <p className="mb-8 text-lg">{t("noItems")}</p>;
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full border-collapse text-left text-lg" data-testid="queue">
        <caption className="mb-2 text-left text-ink-soft">
          {caption} · {t("count", { count: rows.length })}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              {row.cells.map((cell, index) => (
                <td key={index} className="px-2 py-2 align-top">
                  {index === 0 ? <Link href={row.href}>{cell}</Link> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
