import { getLocale, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { NoticeDetail } from "@/lib/services/payment/payables";
import { formatInstant } from "./format-instant";
import { LiveNoticeStatus } from "./LiveNoticeStatus";
import { NoticeChannels } from "./NoticeChannels";
import { RefundList } from "./RefundList";

export type CashierReturn = "paid" | "failed" | "cancelled" | null;
type Props = { detail: NoticeDetail; cashier: CashierReturn; confirmMissing: boolean; sandbox: boolean; payHere: (formData: FormData) => Promise<void> };

/** J5: one payment notice: what is owed and by when, when cover would start, how to pay; or what the payment bought. */
export async function NoticeView({ detail, cashier, confirmMissing, sandbox, payHere }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("payment");
  const tCategories = await getTranslations("enrollment.categories");
  const { notice, person } = detail;
  const year = notice.coverageYear;
  const date = (d: string) => formatDate(d, locale);
  const noCover = notice.state === "open" && detail.ifPaidToday !== null && detail.ifPaidToday.start === null;
  const rows = [
    { label: t("notice.number"), value: <strong data-testid="notice-number">{formatNoticeNumber(notice.number)}</strong> },
    { label: t("notice.person"), value: `${person.name} · ${person.idNumberMasked}` },
    { label: t("notice.category"), value: tCategories(notice.category as "adult") },
    { label: t("notice.amount"), value: `${formatMoney(notice.amountFen, locale)}${notice.provisional ? `（${t("notice.provisional")}）` : ""}` },
    { label: t("notice.due"), value: date(notice.dueDate) },
    { label: t("notice.issuedOn"), value: date(notice.issuedOn) },
  ];
  return (
    <>
      {confirmMissing && noCover ? <ErrorSummary title={t("notice.noCoverTitle", { year })} errors={[{ field: "confirmNoCover", message: t("notice.confirmNoCoverError", { year }) }]} /> : null}
      {cashier && notice.state === "open" ? (
        <NotificationBanner tone={cashier === "paid" ? "success" : "important"} title={t("notice.returnedTitle")}>
          <p>{t(cashier === "paid" ? "notice.returnedPaid" : cashier === "failed" ? "notice.returnedFailed" : "notice.returnedCancelled")}</p>
        </NotificationBanner>
      ) : null}
      <RefundList refunds={detail.refunds} />
      <PageHeading caption={t("notice.captionFor", { name: person.name, year })}>{t("notice.title")}</PageHeading>
      <LiveNoticeStatus
        number={notice.number}
        initial={notice.state}
        awaiting={cashier === "paid"}
        labels={{ open: t("states.open"), paid: t("states.paid"), expired: t("states.expired"), cancelled: t("states.cancelled"), waiting: t("notice.waiting") }}
        prefix={t("notice.statusPrefix")}
        refreshLabel={t("notice.refresh")}
        refreshHref={`/${locale}/pay/${notice.number}${cashier ? `?cashier=${cashier}` : ""}`}
      />
      <dl className="mb-8 border-t border-line">
        {rows.map((row) => (
          <div key={row.label} className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_2fr] sm:gap-4">
            <dt className="font-semibold">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>

      {notice.state === "paid" ? (
        <section aria-labelledby="paid-title" className="mb-8 border-4 border-success p-4">
          <h2 id="paid-title" className="mb-3 text-2xl font-bold">
            {t("notice.paidTitle")}
          </h2>
          <dl className="mb-4 grid gap-x-4 gap-y-1 text-lg sm:grid-cols-[auto_1fr]">
            {notice.paidAt ? (
              <>
                <dt className="font-semibold">{t("notice.paidAt")}</dt>
                <dd>{formatInstant(notice.paidAt, locale)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("notice.coverage")}</dt>
            <dd data-testid="coverage">
              {notice.cover?.start
                ? t("notice.coverageRange", { start: date(notice.cover.start), end: date(notice.cover.end), days: notice.cover.benefitDays })
                : t("notice.noCoverage", { year })}
            </dd>
          </dl>
          <ButtonLink href={`/pay/${notice.number}/receipt`}>{t("notice.receipt")}</ButtonLink>
        </section>
      ) : null}

      {notice.state === "expired" || notice.state === "cancelled" ? (
        <NotificationBanner title={t(notice.state === "expired" ? "notice.expiredTitle" : "notice.cancelledTitle")}>
          <p className="mb-3">{notice.state === "expired" ? t("notice.expired", { date: date(notice.dueDate) }) : t("notice.cancelled")}</p>
          <ButtonLink href="/pay">{t("notice.newNotice")}</ButtonLink>
        </NotificationBanner>
      ) : null}

      {notice.state === "open" ? (
        <>
          {noCover ? (
            <NotificationBanner title={t("notice.noCoverTitle", { year })}>
              <p>{t("notice.noCover", { year })}</p>
            </NotificationBanner>
          ) : detail.ifPaidToday?.start ? (
            <p className="mb-8 max-w-prose text-xl" data-testid="cover-if-paid-today">
              {t("notice.coverToday", { start: date(detail.ifPaidToday.start), end: date(detail.ifPaidToday.end) })}
            </p>
          ) : null}
          <NoticeChannels detail={detail} needsConfirmation={noCover} confirmMissing={confirmMissing && noCover} sandbox={sandbox} payHere={payHere} />
        </>
      ) : null}
      <p className="text-lg">
        <Link href="/pay">{t("notice.back")}</Link>
      </p>
    </>
  );
}
