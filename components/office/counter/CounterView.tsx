import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import type { OfficeFormState } from "@/lib/forms/office";
import { Link } from "@/lib/i18n/navigation";
import type { CounterPerson } from "@/lib/services/office/counter-lookup";
import { CounterBindForm } from "./CounterBindForm";
import { CounterLookupForm } from "./CounterLookupForm";

type StateAction = (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>;

export type CounterStep =
  | { step: "lookup"; problem: "out-of-region" | "gone" | null }
  | { step: "bind"; person: CounterPerson; mayBind: boolean; bind: StateAction }
  | { step: "done"; person: CounterPerson; phoneMasked: string; released: boolean };

/** 窗口绑定手机号: find the resident by the card's number, compare, bind; then what was done and who was told. */
export async function CounterView({ lookup, state }: { lookup: StateAction; state: CounterStep }) {
  const t = await getTranslations("office.counter");
  const tErrors = await getTranslations("office.errors");
  const tForm = await getTranslations("form");
  const tBanner = await getTranslations("banner");
  const common = { summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix") };
  if (state.step === "done") {
    return (
      <>
        <NotificationBanner tone="success" title={t("doneTitle")}>
          <p>{t("done", { phone: state.phoneMasked, name: state.person.name })}</p>
          {state.released ? <p>{t("doneReleased")}</p> : null}
          <p>{state.person.registryPhoneMasked ? t("doneAnnounced") : t("doneNotAnnounced")}</p>
        </NotificationBanner>
        <PageHeading>{t("title")}</PageHeading>
        <p>
          <Link href="/office/counter">{t("another")}</Link>
        </p>
      </>
    );
  }
  if (state.step === "bind") {
    const { person } = state;
    const rows: [string, string][] = [
      [t("name"), person.name],
      [t("idNumberMasked"), person.idNumberMasked],
      [t("age"), t("ageValue", { age: person.age })],
      [t("district"), person.district],
      [t("boundPhone"), person.boundPhoneMasked ?? t("notBound")],
      [t("registryPhone"), person.registryPhoneMasked ?? t("noRegistryPhone")],
    ];
    return (
      <>
        <PageHeading caption={t("title")}>{t("personHeading")}</PageHeading>
        <dl className="mb-8 max-w-2xl border-t border-line" data-testid="counter-person">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_2fr] sm:gap-4">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {!state.mayBind ? (
          <NotificationBanner title={tBanner("important")}>
            <p>{t("underage")}</p>
          </NotificationBanner>
        ) : (
          <>
            {person.boundPhoneMasked ? (
              <NotificationBanner title={tBanner("important")}>
                <p>{t("replaceWarning", { phone: person.boundPhoneMasked })}</p>
              </NotificationBanner>
            ) : null}
            <CounterBindForm action={state.bind} labels={{ ...common, phone: t("phone"), phoneHint: t("phoneHint"), cardSeen: t("cardSeen"), submit: t("bind") }} />
          </>
        )}
        <p className="mt-8">
          <Link href="/office/counter">{t("another")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {state.problem ? <ErrorSummary title={common.summaryTitle} errors={[{ field: "idNumber", message: t(state.problem === "gone" ? "gone" : "outOfRegion") }]} /> : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <h2 className="mb-4 text-2xl font-bold">{t("lookupHeading")}</h2>
      <CounterLookupForm action={lookup} labels={{ ...common, idNumber: t("idNumber"), idNumberHint: t("idNumberHint"), submit: t("find") }} />
    </>
  );
}
