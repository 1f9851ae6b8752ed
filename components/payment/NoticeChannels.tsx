import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { NoticeDetail } from "@/lib/services/payment/payables";

type Props = { detail: NoticeDetail; needsConfirmation: boolean; confirmMissing: boolean; sandbox: boolean; payHere: (formData: FormData) => Promise<void> };

/** The pack's channels: pay here (the sandbox cashier), online, at a counter with the notice number, and 家庭共济 where it applies. */
export async function NoticeChannels({ detail, needsConfirmation, confirmMissing, sandbox, payHere }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("payment.notice");
  const tReasons = await getTranslations("reasons");
  const { notice } = detail;
  const number = formatNoticeNumber(notice.number);
  const year = notice.coverageYear;
  return (
    <section aria-labelledby="channels-title" className="mb-10">
      <h2 id="channels-title" className="mb-4 text-2xl font-bold">
        {t("channelsTitle")}
      </h2>
      {sandbox ? (
        <div className="mb-8 border-4 border-brand p-4">
          <h3 className="mb-2 text-xl font-bold">{t("payHereTitle")}</h3>
          <p className="mb-4 text-lg">{t("payHereBody")}</p>
          <form action={payHere}>
            <input type="hidden" name="number" value={notice.number} />
            {needsConfirmation ? (
              <p className={`mb-4 flex items-start gap-3 ${confirmMissing ? "border-l-4 border-danger pl-3" : ""}`}>
                <input id="field-confirmNoCover" name="confirmNoCover" type="checkbox" value="yes" className="mt-1 h-7 w-7 shrink-0" aria-describedby={confirmMissing ? "confirm-error" : undefined} />
                <label htmlFor="field-confirmNoCover" className="text-lg font-semibold">
                  {t("confirmNoCover", { year })}
                </label>
              </p>
            ) : null}
            {confirmMissing ? (
              <p id="confirm-error" className="mb-4 text-lg font-semibold text-danger">
                {t("confirmNoCoverError", { year })}
              </p>
            ) : null}
            <Button>{t("payHere", { amount: formatMoney(notice.amountFen, locale) })}</Button>
          </form>
        </div>
      ) : null}
      <h3 className="mb-2 text-xl font-bold">{t("onlineTitle")}</h3>
      <p className="mb-2 text-lg">{t("onlineBody")}</p>
      <ul className="mb-6 list-disc space-y-1 pl-6 text-lg" lang="zh-Hans">
        {detail.channels.online.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h3 className="mb-2 text-xl font-bold">{t("offlineTitle")}</h3>
      <p className="mb-2 text-lg">{t("offlineBody")}</p>
      <ul className="mb-4 list-disc space-y-1 pl-6 text-lg" lang="zh-Hans">
        {detail.channels.offline.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="mb-1 text-lg font-semibold">{t("bringTitle")}</p>
      <ul className="mb-6 list-disc space-y-1 pl-6 text-lg">
        <li>
          <strong>{t("bringNumber", { number })}</strong>
        </li>
        {detail.documents.map((d) => (
          <li key={d}>{tReasons(`document.${d}` as "document.id-card")}</li>
        ))}
      </ul>
      <p className="text-ink-soft mb-6">{t("channelNames")}</p>
      {detail.familyAid ? (
        <>
          <h3 className="mb-2 text-xl font-bold">{t("familyAidTitle")}</h3>
          <p className="mb-2 text-lg">{t(detail.familyAid === "account-debit" ? "familyAidDebit" : "familyAidReimbursement")}</p>
          <p className="mb-6 text-lg">
            <Link href="/family">{t("familyAidLink")}</Link>
          </p>
        </>
      ) : null}
      {detail.channels.notes.length ? (
        <>
          <h3 className="mb-2 text-xl font-bold">{t("notesTitle")}</h3>
          <ul className="list-disc space-y-1 pl-6 text-lg" lang="zh-Hans">
            {detail.channels.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
