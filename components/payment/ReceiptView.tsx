import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/check/PrintButton";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { Receipt } from "@/lib/services/payment/receipt";
import { formatInstant } from "./format-instant";
import { RefundList } from "./RefundList";

/** The message selector of a provider: the sandbox cashier, a 家庭共济 account debit, or its own name. */
function channelKey(provider: string | null): string {
  if (provider === "sandbox-cashier") return "sandbox_cashier";
  if (provider?.startsWith("family-aid")) return "family_aid";
  return provider ?? "";
}

/** 参保缴费凭证: one A4 page, the person masked, a QR code of the notice number drawn on the server. */
export async function ReceiptView({ receipt, qrSvg, printedOn }: { receipt: Receipt; qrSvg: string; printedOn: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("payment.receipt");
  const tCategories = await getTranslations("enrollment.categories");
  const date = (d: string) => formatDate(d, locale);
  const rows: [string, string][] = [
    [t("number"), formatNoticeNumber(receipt.number)],
    [t("person"), receipt.personName],
    [t("idNumber"), receipt.idNumberMasked],
    [t("region"), receipt.regionName],
    [t("year"), t("yearValue", { year: receipt.coverageYear })],
    [t("category"), tCategories(receipt.category as "adult")],
    [t("amount"), formatMoney(receipt.amountFen, locale)],
    [t("paidAt"), receipt.paidAt ? formatInstant(receipt.paidAt, locale) : ""],
    [t("coverage"), receipt.coverage.start && receipt.coverage.end ? `${date(receipt.coverage.start)} – ${date(receipt.coverage.end)}` : "—"],
    [t("channel"), t("channelValue", { provider: channelKey(receipt.provider) })],
    [t("reference"), receipt.providerReference ?? ""],
  ];
  return (
    <>
      {/* One A4 page: the site's header and footer are not printed (.no-print), the margins are the page's. */}
      <style>{"@page { size: A4; margin: 15mm; }"}</style>
      <p className="mb-6 flex flex-wrap gap-4 no-print">
        <PrintButton>{t("print")}</PrintButton>
        <Link href={`/pay/${receipt.number}`} className="inline-flex min-h-12 items-center text-lg">
          {t("backToNotice")}
        </Link>
      </p>
      <div className="no-print">
        <RefundList refunds={receipt.refunds} />
      </div>
      <article className="receipt mx-auto max-w-3xl border-2 border-ink p-6 print:border-0 print:p-0" data-testid="receipt">
        <h1 className="mb-6 text-center text-2xl font-bold">{t("title")}</h1>
        <div className="grid gap-6 sm:grid-cols-[1fr_auto] print:grid-cols-[1fr_auto]">
          <dl className="border-t border-line">
            {rows.map(([label, value]) => (
              <div key={label} className="grid grid-cols-[9rem_1fr] gap-2 border-b border-line py-2">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <figure className="text-center">
            <div className="mx-auto w-40" role="img" aria-label={t("qr", { number: receipt.number })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
            <figcaption className="mt-1 font-mono text-sm">{receipt.number}</figcaption>
          </figure>
        </div>
        <p className="mt-6 text-sm">{t("note")}</p>
        <p className="text-sm">{t("printedOn", { date: date(printedOn) })}</p>
      </article>
    </>
  );
}
