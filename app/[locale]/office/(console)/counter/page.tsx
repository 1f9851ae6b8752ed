import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CounterView, type CounterStep } from "@/components/office/counter/CounterView";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { counterPerson } from "@/lib/services/office/counter-lookup";
import { requireStaff } from "@/lib/web/require-staff";
import { counterBindAction, counterLookupAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.counter" });
  return { title: t("title") };
}

export default async function CounterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, "clerk");
  const query = await searchParams;
  const personId = typeof query.person === "string" ? query.person : typeof query.bound === "string" ? query.bound : null;
  let state: CounterStep = { step: "lookup", problem: null };
  if (personId) {
    const found = await counterPerson(await getDb(), staff, personId, now());
    if (!found.ok) state = { step: "lookup", problem: found.reason === "out-of-region" ? "out-of-region" : "gone" };
    else if (typeof query.bound === "string") {
      const phone = typeof query.phone === "string" && /^1\d{2}\*{4}\d{4}$/.test(query.phone) ? query.phone : "";
      state = { step: "done", person: found.person, phoneMasked: phone, released: query.released === "1" };
    } else {
      state = { step: "bind", person: found.person, mayBind: found.person.age >= SIGN_IN_POLICY.realName.minimumAge, bind: counterBindAction.bind(null, locale, found.person.personId) };
    }
  }
  return <CounterView lookup={counterLookupAction.bind(null, locale)} state={state} />;
}
