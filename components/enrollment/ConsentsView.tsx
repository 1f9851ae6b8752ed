import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatReference } from "@/lib/numbers/enrollment-reference";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { ConsentTermsView, MyConsents } from "@/lib/services/enrollment/my-enrollments";

/** delegation.relation is what the principal is to the agent; the principal is told what the agent is to them. */
const AGENT_IS = { spouse: "spouse", parent: "child", child: "parent", sibling: "sibling", grandparent: "grandchild", grandchild: "grandparent" } as const;
type Relation = keyof typeof AGENT_IS;
const ACTIONS = [
  "registration.started",
  "registration.step-saved",
  "registration.submitted",
  "registration.refused",
  "registration.cancelled",
  "correction.requested",
  "consent.requested",
  "consent.confirmed",
  "consent.code-failure",
  "real-name.bound",
  "real-name.released",
  "office.counter-lookup",
  "office.correction-accepted",
  "office.correction-rejected",
  "office.claim-prepared",
  "office.claim-paid",
  "office.claim-rejected",
  "office.refund-prepared",
  "office.refund-approved",
  "office.refund-paid-out",
  "office.roster-added",
  "office.roster-removed",
] as const;

type Action = (data: FormData) => Promise<void>;

/** The relative's own page: requests to approve, who may act for them (withdraw), every act done on their behalf, and whom they may act for; each consent with its scope and end date. */
export async function ConsentsView({ data, notice, approve, refuse, withdraw }: { data: MyConsents; notice: "approved" | "refused" | "withdrawn" | "gone" | null; approve: Action; refuse: Action; withdraw: Action }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("enrollment.consents");
  const tBanner = await getTranslations("banner");
  const actionText = t as unknown as (key: string, values?: Record<string, string>) => string;
  const relation = (r: string) => t(`relations.${AGENT_IS[r as Relation] ?? "child"}`);
  const principalIs = (r: string) => t(`relations.${(r in AGENT_IS ? r : "child") as Relation}`);
  const terms = (c: ConsentTermsView) => <p className="text-ink-soft mb-2">{t("terms", { year: String(c.coverageYear), date: formatDate(c.endsOn, locale) })}</p>;
  const time = (at: Date) =>
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale === "zh-Hant" ? "zh-TW" : "zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" }).format(at);
  return (
    <>
      {notice ? (
        <NotificationBanner tone={notice === "gone" ? "important" : "success"} title={notice === "gone" ? tBanner("important") : tBanner("success")}>
          <p>{t(notice)}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {data.pending.length ? (
        <section aria-labelledby="pending-heading" className="mb-10">
          <h2 id="pending-heading" className="mb-3 text-2xl font-bold">
            {t("pendingHeading")}
          </h2>
          <ul className="space-y-4">
            {data.pending.map((p) => (
              <li key={p.id} className="border-l-4 border-brand pl-4">
                <p className="mb-2 text-lg">{t("pending", { name: p.agentName, relation: relation(p.relation), date: formatDate(p.requestedOn, locale) })}</p>
                {terms(p)}
                <div className="flex flex-wrap gap-4">
                  <form action={approve}>
                    <input type="hidden" name="delegationId" value={p.id} />
                    <Button>{t("approve")}</Button>
                  </form>
                  <form action={refuse}>
                    <input type="hidden" name="delegationId" value={p.id} />
                    <Button variant="secondary">{t("refuse")}</Button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="active-heading" className="mb-10">
        <h2 id="active-heading" className="mb-3 text-2xl font-bold">
          {t("activeHeading")}
        </h2>
        {data.active.length === 0 ? <p className="text-lg">{t("noneActive")}</p> : null}
        <ul className="space-y-4">
          {data.active.map((a) => (
            <li key={a.id} className="border-l-4 border-line pl-4">
              <p className="mb-2 text-lg">{t("active", { name: a.agentName, relation: relation(a.relation), date: formatDate(a.since, locale) })}</p>
              {terms(a)}
              <p className="text-ink-soft mb-2">{t("withdrawNote")}</p>
              <form action={withdraw}>
                <input type="hidden" name="delegationId" value={a.id} />
                <Button variant="warning">
                  {t("withdraw")}
                  <span className="sr-only">（{a.agentName}）</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="held-heading" className="mb-10">
        <h2 id="held-heading" className="mb-3 text-2xl font-bold">
          {t("heldHeading")}
        </h2>
        {data.held.length === 0 ? <p className="text-lg">{t("noneHeld")}</p> : null}
        <ul className="space-y-4" data-testid="consents-held">
          {data.held.map((h) => (
            <li key={h.id} className="border-l-4 border-line pl-4">
              <p className="mb-2 text-lg">
                {t("held", { name: h.principalName, relation: principalIs(h.relation) })} · {t("heldStatus", { status: h.status })}
              </p>
              {terms(h)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="acts-heading" className="mb-10">
        <h2 id="acts-heading" className="mb-3 text-2xl font-bold">
          {t("actsHeading")}
        </h2>
        {data.acts.length === 0 ? <p className="text-lg">{t("noActs")}</p> : null}
        <ul className="space-y-2 text-lg" data-testid="acts-on-my-behalf">
          {data.acts.map((act, index) => (
            <li key={index}>
              {t("act", {
                time: time(act.at),
                name: act.staffNumber ? t("staffActor", { number: act.staffNumber }) : act.byOffice ? t("office") : act.actorName,
                action: (ACTIONS as readonly string[]).includes(act.action)
                  ? actionText(`actions.${act.action.replaceAll(".", "-")}`, { reference: act.reference ? formatReference(act.reference) : "" })
                  : t("actions.other"),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
