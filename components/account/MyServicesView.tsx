import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { MyServices } from "@/lib/services/account/my-services";

/** 我的: who I am (masked), my household from the registry, what I can do, sign out. */
export async function MyServicesView({
  data,
  welcome,
  signOutAction,
  signOutEverywhereAction,
}: {
  data: MyServices;
  welcome: "signedIn" | "bound" | null;
  signOutAction: () => Promise<void>;
  signOutEverywhereAction: () => Promise<void>;
}) {
  const t = await getTranslations("account.me");
  const tRegion = await getTranslations("region");
  const { me, household } = data;
  return (
    <>
      {welcome ? (
        <NotificationBanner tone="success" title={t("bannerTitle")}>
          <p>{t(welcome === "bound" ? "welcomeBound" : "welcome", { name: me.name })}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>{t("title")}</PageHeading>

      <section aria-labelledby="who-heading" className="mb-10">
        <h2 id="who-heading" className="mb-3 text-2xl font-bold">
          {t("whoHeading")}
        </h2>
        <dl className="max-w-2xl border-t border-line">
          {[
            [t("name"), me.name],
            [t("idNumber"), me.idNumberMasked],
            [t("phone"), me.phoneMasked],
            [t("region"), tRegion(me.region)],
            [t("residency"), t(`residencies.${me.residency as "local-hukou"}`)],
          ].map(([label, value]) => (
            <div key={label} className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_2fr]">
              <dt className="font-semibold">{label}</dt>
              <dd data-testid={label === t("idNumber") ? "my-id-number" : label === t("phone") ? "my-phone" : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="household-heading" className="mb-10">
        <h2 id="household-heading" className="mb-2 text-2xl font-bold">
          {t("householdHeading")}
        </h2>
        <p className="mb-1 text-lg">{t(`householdKinds.${household.kind}`, { district: household.district })}</p>
        <p className="mb-3 text-lg">{t("address", { address: household.address })}</p>
        <div className="overflow-x-auto">
          <table className="w-full max-w-3xl border-collapse text-left">
            <caption className="sr-only">{t("membersCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{t("memberName")}</th>
                <th scope="col" className="py-2 pr-4">{t("memberRole")}</th>
                <th scope="col" className="py-2 pr-4">{t("memberAge")}</th>
                <th scope="col" className="py-2">{t("memberIdNumber")}</th>
              </tr>
            </thead>
            <tbody>
              {household.members.map((member) => (
                <tr key={member.idNumberMasked + member.name} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {member.name}
                    {member.isMe ? <span className="font-normal"> {t("me")}</span> : null}
                  </th>
                  <td className="py-2 pr-4">{t(`roles.${member.role}`)}</td>
                  <td className="py-2 pr-4">{t("memberAgeValue", { age: member.age })}</td>
                  <td className="py-2 font-mono">{member.idNumberMasked}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-ink-soft mt-3 max-w-prose">{t("householdSource")}</p>
      </section>

      <section aria-labelledby="services-heading" className="mb-10">
        <h2 id="services-heading" className="mb-3 text-2xl font-bold">
          {t("servicesHeading")}
        </h2>
        <ul className="space-y-3 text-lg">
          <li>
            <Link href="/me/enrollments" className="inline-flex min-h-12 items-center font-semibold">
              {t("enrollments")}
            </Link>
            <span className="text-ink-soft block">{t("enrollmentsHint")}</span>
          </li>
          <li>
            <Link href="/check" className="inline-flex min-h-12 items-center font-semibold">
              {t("check")}
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading" className="mb-3 text-2xl font-bold">
          {t("signOutHeading")}
        </h2>
        <div className="flex flex-wrap items-start gap-4">
          <form action={signOutAction}>
            <button type="submit" className={buttonClass("secondary")}>
              {t("signOut")}
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className={buttonClass("secondary")} aria-describedby="sign-out-everywhere-hint">
              {t("signOutEverywhere")}
            </button>
          </form>
        </div>
        <p id="sign-out-everywhere-hint" className="text-ink-soft mt-3 max-w-prose">
          {t("signOutEverywhereHint")}
        </p>
      </section>
    </>
  );
}
