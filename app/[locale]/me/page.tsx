import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MyServicesView } from "@/components/account/MyServicesView";
import { OnMyBehalfLink } from "@/components/enrollment/OnMyBehalfLink";
import { FamilyForMe } from "@/components/family/FamilyForMe";
import { currentSession } from "@/lib/auth/request";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { loadMyServices } from "@/lib/services/account/my-services";
import { loadMyConsents } from "@/lib/services/enrollment/my-enrollments";
import { boundForMe } from "@/lib/services/family/my-family";
import { decideForMeAction } from "../family/actions";
import { signOutAction, signOutEverywhereAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.me" });
  return { title: t("title") };
}

export default async function MyServicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (!session.personId) return redirect({ href: "/sign-in/real-name", locale });
  const db = await getDb();
  const data = await loadMyServices(db, session.accountId, today());
  if (!data) return redirect({ href: "/sign-in/real-name", locale });
  const [{ pending }, forMe] = await Promise.all([loadMyConsents(db, { accountId: session.accountId, personId: session.personId }, today()), boundForMe(db, session.personId)]);
  const { welcome } = await searchParams;
  return (
    <>
      <MyServicesView
        data={data}
        welcome={welcome === "bound" ? "bound" : welcome ? "signedIn" : null}
        signOutAction={signOutAction.bind(null, locale)}
        signOutEverywhereAction={signOutEverywhereAction.bind(null, locale)}
      />
      <OnMyBehalfLink pendingCount={pending.length} />
      <FamilyForMe
        {...forMe}
        decide={{
          approve: decideForMeAction.bind(null, locale, "approve"),
          refuse: decideForMeAction.bind(null, locale, "refuse"),
          revoke: decideForMeAction.bind(null, locale, "revoke"),
        }}
      />
    </>
  );
}
