import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export const QUEUES = ["corrections", "claims", "refunds", "rosters"] as const;
export type Queue = (typeof QUEUES)[number];

/** The four queues, the current one marked. */
export async function QueueNav({ current }: { current: Queue }) {
  const t = await getTranslations("officeQueues.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b-2 border-line">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
        {QUEUES.map((queue) => (
          <li key={queue}>
            <Link href={`/office/${queue}`} aria-current={queue === current ? "page" : undefined} className={`inline-block min-h-12 py-2 ${queue === current ? "font-bold" : ""}`}>
              {t(queue)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
