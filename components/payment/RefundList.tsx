import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { RefundView } from "@/lib/services/payment/refund-states";

const STATE_KEY = { due: "notice.refundDue", prepared: "notice.refundPrepared", approved: "notice.refundApproved", "paid-out": "notice.refundPaidOut" } as const;

/** Payments of a notice kept to refund, each with how far the office's refund has come (on the notice and the receipt). */
export async function RefundList({ refunds }: { refunds: RefundView[] }) {
  if (refunds.length === 0) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("payment");
  const date = (d: string) => formatDate(d, locale);
  return (
    // Its own heading id: the page may show a notification banner beside it.
    <section className="mb-6 border-4 border-brand" aria-labelledby="refunds-title">
      <h2 id="refunds-title" className="bg-brand px-4 py-1 text-lg font-semibold text-white">
        {t("notice.refundTitle")}
      </h2>
      <div className="px-4 py-3 text-lg">
        {refunds.map((r) => (
          <div key={r.providerReference} className="mb-2" data-testid="refund">
            <p>{t("notice.refund", { date: date(r.paidOn), amount: formatMoney(r.amountFen, locale), reference: r.providerReference, reason: r.reason.replace("-", "_") })}</p>
            <p className="font-semibold" data-testid="refund-state">
              {t(STATE_KEY[r.state], { date: r.paidOutOn ? date(r.paidOutOn) : "", reference: r.payoutReference ?? "" })}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
