import { getTranslations } from "next-intl/server";
import type { RoleChoice } from "@/lib/forms/office";
import { Link } from "@/lib/i18n/navigation";

/** Where the console's pages are; the queues' pages are built beside the shell (issue 14). */
export const OFFICE_PAGES = {
  dashboard: "/office",
  corrections: "/office/corrections",
  claims: "/office/claims",
  refunds: "/office/refunds",
  rosters: "/office/rosters",
  reports: "/office/reports",
  policies: "/office/policies",
  audit: "/office/audit",
  counter: "/office/counter",
  staff: "/office/staff",
} as const;

export type OfficePage = keyof typeof OFFICE_PAGES;
export const QUEUE_PAGES = ["corrections", "claims", "refunds", "rosters"] as const satisfies readonly OfficePage[];
export const TOOL_PAGES = ["reports", "policies", "audit", "counter"] as const satisfies readonly OfficePage[];

export type OfficeStaff = { displayName: string; staffNumber: string; roles: readonly RoleChoice[]; region: string | null };

/** The pages a member of staff is offered: every page, and the staff pages to administrators only. */
export function pagesFor(staff: { roles: readonly RoleChoice[] }, pages: readonly OfficePage[]): OfficePage[] {
  return pages.filter((page) => page !== "staff" || staff.roles.includes("admin"));
}

/** The console's bar: who is signed in, with which roles and region, the console's pages, and signing out. */
export async function OfficeHeader({ staff, signOut, signOutEverywhere }: { staff: OfficeStaff; signOut: () => Promise<void>; signOutEverywhere: () => Promise<void> }) {
  const t = await getTranslations("office.shell");
  const tRoles = await getTranslations("office.roles");
  const tRegions = await getTranslations("office.regions");
  const region = staff.region === "ningbo" || staff.region === "ningxia" ? tRegions(staff.region) : tRegions("all");
  const link = (page: OfficePage) => (
    <li key={page}>
      <Link href={OFFICE_PAGES[page]} className="inline-block min-h-12 py-2">
        {t(page)}
      </Link>
    </li>
  );
  return (
    <div className="no-print mb-8 border-b-4 border-brand pb-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-4">
        <p className="text-2xl font-bold">
          <Link href="/office" className="!text-ink no-underline">
            {t("name")}
          </Link>
        </p>
        <div className="text-lg" data-testid="office-staff">
          <p className="font-semibold">{t("signedInAs", { name: staff.displayName, number: staff.staffNumber })}</p>
          <p className="text-ink-soft">{t("rolesAndRegion", { roles: staff.roles.map((r) => tRoles(r)).join("、"), region })}</p>
        </div>
      </div>
      <nav aria-label={t("nav")} className="text-lg">
        <ul className="flex flex-wrap items-center gap-x-6">
          {link("dashboard")}
          <li>
            <span className="font-semibold">{t("queues")}：</span>
            <ul className="inline-flex flex-wrap gap-x-4">{QUEUE_PAGES.map(link)}</ul>
          </li>
          {pagesFor(staff, [...TOOL_PAGES, "staff"]).map(link)}
        </ul>
      </nav>
      <div className="mt-2 flex flex-wrap gap-4">
        <form action={signOut}>
          <button type="submit" className="min-h-12 font-semibold text-brand underline">
            {t("signOut")}
          </button>
        </form>
        <form action={signOutEverywhere}>
          <button type="submit" className="min-h-12 text-brand underline">
            {t("signOutEverywhere")}
          </button>
        </form>
      </div>
    </div>
  );
}
