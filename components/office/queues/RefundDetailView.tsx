import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { formatDate, formatMoney } from "@/lib/format";
import type { FormStateAction, RawValues } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { RefundItem } from "@/lib/services/office/refunds";
import { FourEyesSteps } from "./FourEyesSteps";
import { OfficeForm } from "./OfficeForm";
import { PayoutTrail } from "./PayoutTrail";
import { QueueBanner } from "./QueueBanner";
import { QueueNav } from "./QueueNav";

type Props = {
  item: RefundItem;
  viewer: { staffId: string; prepares: boolean; reviews: boolean };
  prepare: (data: FormData) => Promise<void>;
  approve: (data: FormData) => Promise<void>;
  paidOut: FormStateAction<RawValues>;
  done: "prepared" | "approved" | "paid-out" | null;
  refused: string | null;
};

/** One refund-due payment: why, and the next step (prepare, approve by a second person, record the payout). */
export async function RefundDetailView({ item, viewer, prepare, approve, paidOut, done, refused }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.refunds");
  const tCommon = await getTranslations("officeQueues.common");
  const rows = [
    { key: "person", label: tCommon("person"), value: `${item.personName} · ${item.idNumberMasked}` },
    { key: "notice", label: t("notice"), value: formatNoticeNumber(item.noticeNumber) },
    { key: "amount", label: t("amount"), value: formatMoney(item.amountFen, locale) },
    { key: "reason", label: t("reason"), value: t(`reasons.${item.refundReason}`) },
    { key: "channel", label: t("channel"), value: `${item.provider} · ${item.providerReference}` },
    { key: "paidOn", label: t("paidOn"), value: formatDate(item.paidOn, locale) },
  ];
  const preparedByMe = item.payout?.preparedByStaffId === viewer.staffId;
  return (
    <>
      <QueueNav current="refunds" />
      <QueueBanner done={done ? t(`done.${done}`) : null} refused={refused} doneTitle={tCommon("doneTitle")} refusedTitle={tCommon("refusedTitle")} />
      <PageHeading caption={t(`statuses.${item.status}`)}>{t("detailTitle", { name: item.personName })}</PageHeading>
      <SummaryList rows={rows} changeText="" />
      <PayoutTrail
        namespace="officeQueues.refunds"
        me={viewer.staffId}
        steps={[
          { key: "prepared", text: "preparedBy", staffId: item.payout?.preparedByStaffId ?? null, at: item.payout?.preparedAt ?? null },
          { key: "approved", text: "approvedBy", staffId: item.payout?.approvedByStaffId ?? null, at: item.payout?.approvedAt ?? null },
        ]}
      />
      {item.payout?.paidOutAt ? <p className="mb-6 text-lg">{t("paidOutAt", { time: formatInstant(item.payout.paidOutAt, locale), reference: item.payout.payoutReference ?? "" })}</p> : null}
      <FourEyesSteps
        canPrepare={item.status === "due" && viewer.prepares}
        canApprove={item.status === "prepared" && viewer.reviews}
        preparedByMe={preparedByMe}
        prepare={prepare}
        approve={approve}
        labels={{ prepare: t("prepare"), approve: t("approve"), fourEyes: t("fourEyes") }}
      />
      {item.status === "approved" ? (
        <section aria-labelledby="paid-out-title">
          <h2 id="paid-out-title" className="mb-2 text-2xl font-bold">
            {t("paidOut")}
          </h2>
          {item.provider === "sandbox-cashier" ? <p className="mb-4 text-lg">{t("sandboxNote")}</p> : null}
          <OfficeForm action={paidOut} fields={[{ kind: "text", name: "reference", label: t("reference") }]} submit={t("paidOut")} labels={{ summaryTitle: tCommon("summaryTitle"), errorPrefix: tCommon("errorPrefix") }} />
        </section>
      ) : null}
      <p className="text-lg">
        <Link href="/office/refunds">{tCommon("back")}</Link>
      </p>
    </>
  );
}
