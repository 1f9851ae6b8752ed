import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import { OFFICE_PAGES, QUEUE_PAGES, TOOL_PAGES, pagesFor, type OfficePage, type OfficeStaff } from "./OfficeHeader";

/** The console's front page: each queue and tool with what it is for. Counts per queue come with the queues. */
export async function DashboardView({ staff }: { staff: OfficeStaff }) {
  const t = await getTranslations("office.dashboard");
  const tShell = await getTranslations("office.shell");
  const list = (pages: OfficePage[]) => (
    <ul className="mb-8 grid gap-4 sm:grid-cols-2">
      {pages.map((page) => (
        <li key={page} className="border-2 border-line p-4">
          <Link href={OFFICE_PAGES[page]} className="text-xl font-bold">
            {tShell(page)}
          </Link>
          <p className="mt-1">{t(page as Exclude<OfficePage, "dashboard">)}</p>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeading lead={t("lead", { name: staff.displayName })}>{t("title")}</PageHeading>
      <h2 className="mb-3 text-2xl font-bold">{t("queuesHeading")}</h2>
      {list([...QUEUE_PAGES])}
      <h2 className="mb-3 text-2xl font-bold">{t("toolsHeading")}</h2>
      {list(pagesFor(staff, [...TOOL_PAGES, "staff"]))}
      <p className="text-ink-soft max-w-prose">{t("session")}</p>
    </>
  );
}
