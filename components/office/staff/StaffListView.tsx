import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatShanghaiTime } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { StaffListing } from "@/lib/services/office/staff-accounts";
import { regionName } from "./choices";

/** The word for an account's state: disabled, locked for now, never signed in, or active. */
export async function statusOf(staff: StaffListing, at: Date): Promise<string> {
  const t = await getTranslations("office.staff");
  const locale = (await getLocale()) as Locale;
  if (staff.disabled) return t("statusDisabled");
  if (staff.lockedUntil && staff.lockedUntil > at) return t("statusLocked", { time: formatShanghaiTime(staff.lockedUntil, locale) });
  if (!staff.enrolledAt) return t("statusNotEnrolled");
  return t("statusActive");
}

/** 人员管理: every account, with a link to manage it. */
export async function StaffListView({ staff, at }: { staff: StaffListing[]; at: Date }) {
  const t = await getTranslations("office.staff");
  const tRoles = await getTranslations("office.roles");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/office/staff/new">{t("create")}</ButtonLink>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-lg">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">{t("number")}</th>
              <th scope="col" className="py-2 pr-4">{t("name")}</th>
              <th scope="col" className="py-2 pr-4">{t("roles")}</th>
              <th scope="col" className="py-2 pr-4">{t("region")}</th>
              <th scope="col" className="py-2 pr-4">{t("status")}</th>
              <th scope="col" className="py-2"><span className="sr-only">{t("manage")}</span></th>
            </tr>
          </thead>
          <tbody>
            {await Promise.all(
              staff.map(async (s) => (
                <tr key={s.id} className="border-b border-line" data-staff-number={s.staffNumber}>
                  <td className="py-2 pr-4 font-mono">{s.staffNumber}</td>
                  <td className="py-2 pr-4">
                    {s.displayName}
                    {s.isMe ? t("you") : ""}
                  </td>
                  <td className="py-2 pr-4">{s.roles.map((r) => tRoles(r)).join("、")}</td>
                  <td className="py-2 pr-4">{await regionName(s.region)}</td>
                  <td className="py-2 pr-4">{await statusOf(s, at)}</td>
                  <td className="py-2">
                    <Link href={`/office/staff/${s.id}`} className="inline-block min-h-12 py-2">
                      {t("manage")}
                      <span className="sr-only"> {s.displayName}</span>
                    </Link>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
