import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button, ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { BindingView, NoticeView } from "@/lib/services/family/my-family";

export type BindingBanner =
  | { kind: "bound" }
  | { kind: "paid"; amountFen: number; name: string; balanceFen: number }
  | { kind: "claimed" }
  | { kind: "claim-refused"; reason: "too-early"; opensOn: string }
  | { kind: "claim-refused"; reason: "not-bound" | "not-paid" | "already-claimed" };

type Props = {
  binding: BindingView;
  notices: NoticeView[];
  banner: BindingBanner | null;
  /** For a pending binding: where the code went (masked) and the code form, if the code can still be entered. */
  pending: { phoneMasked: string | null; codeForm: ReactNode } | null;
  claim: (data: FormData) => Promise<void>;
};

/** One binding: a pending one waits for the relative (code or their own page); an active one lists what can be paid or claimed. */
export async function BindingDetail({ binding, notices, banner, pending, claim }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("family");
  const tBanner = await getTranslations("banner");
  const money = (fen: number) => formatMoney(fen, locale);
  const name = binding.otherName;
  const debit = binding.kind === "account-debit";
  return (
    <>
      <StepHeader backHref="/family" backText={t("backToFamily")} />
      {banner ? (
        <NotificationBanner tone={banner.kind === "claim-refused" ? "important" : "success"} title={banner.kind === "claim-refused" ? tBanner("important") : tBanner("success")}>
          <p data-testid="binding-banner">
            {banner.kind === "bound"
              ? t("binding.bound", { name })
              : banner.kind === "paid"
                ? t("binding.paid", { name: banner.name, amount: money(banner.amountFen), balance: money(banner.balanceFen) })
                : banner.kind === "claimed"
                  ? t("binding.claimed")
                  : banner.reason === "too-early"
                    ? t("binding.claimTooEarly", { date: formatDate(banner.opensOn, locale) })
                    : t(`binding.claimRefused.${banner.reason}`)}
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("binding.who", { name, relation: t(`relations.${binding.relation}`), id: binding.otherIdMasked })}>
        {t(binding.status === "pending" ? "binding.pendingTitle" : "binding.title", { name })}
      </PageHeading>

      {pending ? (
        <section aria-labelledby="confirm-heading" className="mb-10">
          <h2 id="confirm-heading" className="mb-3 text-2xl font-bold">
            {t("binding.confirmHeading")}
          </h2>
          <p className="mb-4 max-w-prose text-lg">{pending.phoneMasked ? t("binding.codeSent", { name, phone: pending.phoneMasked }) : t("binding.noCode", { name })}</p>
          {pending.codeForm}
          <p className="max-w-prose text-lg">{t("binding.orOwnPage", { name })}</p>
        </section>
      ) : null}

      {binding.status === "active" ? (
        <section aria-labelledby="notices-heading" className="mb-10">
          <h2 id="notices-heading" className="mb-3 text-2xl font-bold">
            {t(debit ? "binding.noticesHeading" : "binding.claimsHeading")}
          </h2>
          <p className="mb-4 max-w-prose text-lg">{t(debit ? "binding.debitLead" : "binding.claimLead", { name })}</p>
          {notices.length === 0 ? <p className="mb-4 text-lg">{t("binding.noNotices", { name })}</p> : null}
          <ul className="space-y-6">
            {notices.map((n) => (
              <li key={n.number} className="border-l-4 border-line pl-4 text-lg" data-testid="binding-notice">
                <p className="mb-2">{t("binding.notice", { year: n.coverageYear, number: formatNoticeNumber(n.number), amount: money(n.amountFen), state: t(`noticeStates.${n.state as "open"}`) })}</p>
                {debit && n.state === "open" ? (
                  <ButtonLink href={`/family/${binding.id}/pay/${n.number}`}>
                    {t("binding.payFromAccount", { amount: money(n.amountFen) })}
                    <span className="sr-only"> {t("binding.forWhom", { name })}</span>
                  </ButtonLink>
                ) : null}
                {!debit && n.state === "open" ? <p>{t("binding.relativePays", { name })}</p> : null}
                {!debit && n.paidOn ? (
                  <>
                    <p className="mb-2" data-testid="claim-opens">
                      {t("binding.paidOn", { date: formatDate(n.paidOn, locale) })} {n.opensOn ? t("binding.opensOn", { date: formatDate(n.opensOn, locale) }) : null}
                    </p>
                    {n.provisional ? <p className="text-ink-soft mb-2">{t("binding.provisional")}</p> : null}
                    {n.claimed ? (
                      <p className="font-semibold" data-testid="claim-status">
                        {n.claimStatus === "submitted" || !n.claimStatus ? t("binding.alreadyClaimed") : t("binding.claimStatus", { status: t(`claimStatus.${n.claimStatus}`) })}
                      </p>
                    ) : (
                      <form action={claim}>
                        <input type="hidden" name="bindingId" value={binding.id} />
                        <input type="hidden" name="number" value={n.number} />
                        <Button>{t("binding.claim", { amount: money(n.amountFen) })}</Button>
                      </form>
                    )}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="text-lg">
        <Link href={`/family/${binding.id}/revoke`}>{t(binding.status === "pending" ? "binding.cancelRequest" : "binding.revoke", { name })}</Link>
      </p>
    </>
  );
}
