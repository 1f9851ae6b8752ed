import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { Button } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import type { OfficeFormState } from "@/lib/forms/office";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { StaffListing } from "@/lib/services/office/staff-accounts";
import { accountFormProps, regionName } from "./choices";
import { ResetPasswordForm } from "./ResetPasswordForm";
import { StaffAccountForm } from "./StaffAccountForm";
import { statusOf } from "./StaffListView";

export type StaffNotice = { done: "roles" | "disabled" | "enabled" | "secondFactor" } | { refused: "self" | "last-admin" | "not-found" } | null;

type StateAction = (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>;

/** One account: what it is, its roles and region, and its sign-in (reset, disable, enable). */
export async function StaffDetailView({
  staff,
  at,
  notice,
  actions,
}: {
  staff: StaffListing;
  at: Date;
  notice: StaffNotice;
  actions: { roles: StateAction; resetPassword: StateAction; resetSecondFactor: () => Promise<void>; disable: () => Promise<void>; enable: () => Promise<void> };
}) {
  const t = await getTranslations("office.staff");
  const tRoles = await getTranslations("office.roles");
  const tBanner = await getTranslations("banner");
  const locale = (await getLocale()) as Locale;
  const rows: [string, string][] = [
    [t("number"), staff.staffNumber],
    [t("roles"), staff.roles.map((r) => tRoles(r)).join("、")],
    [t("region"), await regionName(staff.region)],
    [t("status"), await statusOf(staff, at)],
    [t("enrolled"), staff.enrolledAt ? t("enrolledOn", { time: formatInstant(staff.enrolledAt, locale) }) : t("notEnrolled")],
    [t("createdOn"), formatInstant(staff.createdAt, locale)],
  ];
  return (
    <>
      {notice && "done" in notice ? (
        <NotificationBanner tone="success" title={tBanner("success")}>
          <p>{t(`done.${notice.done}`)}</p>
        </NotificationBanner>
      ) : null}
      {notice && "refused" in notice ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{t(`refusedReason.${notice.refused}`)}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("detailCaption")}>{`${staff.displayName}${staff.isMe ? t("you") : ""}`}</PageHeading>
      <dl className="mb-10 max-w-2xl border-t border-line">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_2fr] sm:gap-4">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="roles-heading" className="mb-10">
        <h2 id="roles-heading" className="mb-4 text-2xl font-bold">
          {t("rolesHeading")}
        </h2>
        <StaffAccountForm mode="roles" action={actions.roles} initial={{ errors: [], values: { roles: staff.roles.join(","), region: staff.region ?? "" } }} {...await accountFormProps(t("saveRoles"))} />
      </section>

      <section aria-labelledby="access-heading" className="mb-10 max-w-prose">
        <h2 id="access-heading" className="mb-4 text-2xl font-bold">
          {t("accessHeading")}
        </h2>
        {staff.isMe ? (
          <p className="text-lg">{t("refusedReason.self")}</p>
        ) : (
          <div className="space-y-8">
            <div>
              <p className="mb-2">{t("resetSecondFactorHint")}</p>
              <form action={actions.resetSecondFactor}>
                <Button variant="secondary">{t("resetSecondFactor")}</Button>
              </form>
            </div>
            <div>
              <p className="mb-2">{t("resetPasswordHint")}</p>
              <ResetPasswordForm
                action={actions.resetPassword}
                labels={{ submit: t("resetPassword"), issued: { title: t("resetPassword"), body: t("newOneTimePassword", { name: "{name}" }), password: t("oneTimePassword"), note: t("oneTimePasswordNote") } }}
              />
            </div>
            <div>
              <p className="mb-2">{staff.disabled ? t("enableHint") : t("disableHint")}</p>
              <form action={staff.disabled ? actions.enable : actions.disable}>
                <Button variant={staff.disabled ? "primary" : "warning"}>{staff.disabled ? t("enable") : t("disable")}</Button>
              </form>
            </div>
          </div>
        )}
      </section>
      <p>
        <Link href="/office/staff">{t("backToList")}</Link>
      </p>
    </>
  );
}
