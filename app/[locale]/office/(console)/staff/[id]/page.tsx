import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffDetailView, type StaffNotice } from "@/components/office/staff/StaffDetailView";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffDetail } from "@/lib/services/office/staff-accounts";
import { requireStaff } from "@/lib/web/require-staff";
import { changeStaffAction, resetPasswordAction, resetSecondFactorAction, setStaffDisabledAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.staff" });
  return { title: t("detailCaption") };
}

const DONE = ["roles", "disabled", "enabled", "secondFactor"] as const;
const REFUSED = ["self", "last-admin", "not-found"] as const;

function noticeFrom(query: Record<string, string | string[] | undefined>): StaffNotice {
  const done = DONE.find((d) => d === query.done);
  if (done) return { done };
  const refused = REFUSED.find((r) => r === query.refused);
  return refused ? { refused } : null;
}

export default async function StaffDetailPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "admin");
  const staff = await staffDetail(await getDb(), actor, id);
  // A stale link (notFound() would show nothing without JavaScript, docs/decisions/0004): back to the list.
  if (!staff) return redirect({ href: "/office/staff", locale });
  return (
    <StaffDetailView
      staff={staff}
      at={now()}
      notice={noticeFrom(await searchParams)}
      actions={{
        roles: changeStaffAction.bind(null, locale, staff.id),
        resetPassword: resetPasswordAction.bind(null, locale, staff.id),
        resetSecondFactor: resetSecondFactorAction.bind(null, locale, staff.id),
        disable: setStaffDisabledAction.bind(null, locale, staff.id, true),
        enable: setStaffDisabledAction.bind(null, locale, staff.id, false),
      }}
    />
  );
}
