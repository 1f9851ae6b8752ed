import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { Button, ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { ReasonList } from "@/components/rules/ReasonList";
import { formatDate, formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { MyFamily } from "@/lib/services/family/my-family";
import { ChannelExamples } from "./ChannelExamples";

export type FamilyNotice = { tone: "success" | "important"; key: "revoked" | "gone" | "not-related" | "already-bound" | "not-allowed" | "rate-limited" };

/** 我的共济: whether I can pay and why, my 历年账户 balance, my relatives and bindings, the ledger and 代缴返还 claims. */
export async function FamilyView({ family, notice, requestBinding }: { family: MyFamily; notice: FamilyNotice | null; requestBinding: (data: FormData) => Promise<void> }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("family");
  const tBanner = await getTranslations("banner");
  const money = (fen: number) => formatMoney(fen, locale);
  const why = family.why;
  const employee = family.standing.employee;
  const mode = family.standing.pack?.familyAid?.kind ?? null;
  const liveFor = new Map(family.bindings.map((b) => [b.otherPersonId, b]));
  return (
    <>
      {notice ? (
        <NotificationBanner tone={notice.tone} title={notice.tone === "success" ? tBanner("success") : tBanner("important")}>
          <p>{t(`notices.${notice.key}`)}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t(mode === "reimbursement" ? "home.leadReimbursement" : "home.lead")}>
        {t("home.title")}
      </PageHeading>

      <section aria-labelledby="standing-heading" className="mb-10">
        <h2 id="standing-heading" className="mb-3 text-2xl font-bold">
          {t("home.standingHeading")}
        </h2>
        <p className="mb-3 text-xl font-semibold" data-testid="family-standing">
          {why.allowed ? t("home.canPay") : t("home.cannotPay")}
        </p>
        {employee ? (
          <p className="mb-3 text-lg" data-testid="family-balance">
            {t("home.balance", { balance: money(employee.balanceFen) })}
          </p>
        ) : null}
        <h3 className="mb-2 text-xl font-bold">{t("home.why")}</h3>
        <ReasonList reasons={why.reasons} testId="family-why" />
      </section>

      {employee ? (
        <section aria-labelledby="relatives-heading" className="mb-10">
          <h2 id="relatives-heading" className="mb-3 text-2xl font-bold">
            {t("home.relativesHeading")}
          </h2>
          {family.relatives.length === 0 ? <p className="text-lg">{t("home.noRelatives")}</p> : null}
          <ul className="space-y-6">
            {family.relatives.map((r) => {
              const live = liveFor.get(r.personId);
              return (
                <li key={r.personId} className={`border-l-4 pl-4 ${r.answer.allowed ? "border-brand" : "border-line"}`} data-testid="family-relative">
                  <p className="text-lg font-semibold">{t("home.relative", { name: r.name, relation: t(`relations.${r.relation}`) })}</p>
                  {r.answer.allowed ? (
                    <>
                      <p className="text-ink-soft mb-2 text-lg">{t(`channels.${r.answer.channel}`)}</p>
                      {live ? (
                        <ButtonLink href={`/family/${live.id}`} variant="secondary">
                          {t(live.status === "active" ? "home.openBinding" : "home.openPending")}
                          <span className="sr-only"> {r.name}</span>
                        </ButtonLink>
                      ) : (
                        <form action={requestBinding}>
                          <input type="hidden" name="relative" value={r.personId} />
                          <Button>
                            {t("home.bind")}
                            <span className="sr-only"> {r.name}</span>
                          </Button>
                        </form>
                      )}
                    </>
                  ) : (
                    <ReasonList reasons={r.answer.refusals.filter((x) => !why.reasons.some((w) => w.code === x.code))} />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {family.bindings.length ? (
        <section aria-labelledby="bindings-heading" className="mb-10">
          <h2 id="bindings-heading" className="mb-3 text-2xl font-bold">
            {t("home.bindingsHeading")}
          </h2>
          <ul className="space-y-2 text-lg" data-testid="family-bindings">
            {family.bindings.map((b) => (
              <li key={b.id}>
                {t("home.binding", { name: b.otherName, relation: t(`relations.${b.relation}`), status: t(`status.${b.status as "pending" | "active"}`), date: formatInstant(b.decidedAt ?? b.createdAt, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {family.standing.pack?.familyAid?.kind === "account-debit" && employee ? <ChannelExamples source={family.standing.pack.familyAid.localCity.source} /> : null}

      {family.history.length ? (
        <section aria-labelledby="history-heading" className="mb-10">
          <h2 id="history-heading" className="mb-3 text-2xl font-bold">
            {t("home.historyHeading")}
          </h2>
          <ul className="space-y-2 text-lg" data-testid="family-history">
            {family.history.map((h) => (
              <li key={h.id}>
                {h.kind === "opening"
                  ? t("home.opening", { time: formatInstant(h.at, locale), balance: money(h.balanceAfterFen) })
                  : t(h.kind === "claim-payout" ? "home.claimPayout" : "home.debit", {
                      time: formatInstant(h.at, locale),
                      name: h.beneficiaryName ?? "",
                      number: h.noticeNumber ? formatNoticeNumber(h.noticeNumber) : "",
                      amount: money(-h.amountFen),
                      balance: money(h.balanceAfterFen),
                    })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {family.claims.length ? (
        <section aria-labelledby="claims-heading" className="mb-10">
          <h2 id="claims-heading" className="mb-3 text-2xl font-bold">
            {t("home.claimsHeading")}
          </h2>
          <ul className="space-y-2 text-lg" data-testid="family-claims">
            {family.claims.map((c) => (
              <li key={c.id} data-testid="family-claim">
                {t("home.claim", { name: c.beneficiaryName, amount: money(c.amountFen), submitted: formatDate(c.submittedOn, locale), status: t(`claimStatus.${c.status as "submitted"}`) })}
                {c.decidedAt ? <> {t("home.claimDecided", { time: formatInstant(c.decidedAt, locale) })}</> : null}
                {c.status === "rejected" && c.decisionReason ? <p className="ml-4 border-l-4 border-brand pl-3">{t("home.claimReason", { reason: c.decisionReason })}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
