import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { formatDate, formatMoney } from "@/lib/format";
import type { FormStateAction, RawValues } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { ClaimDetail } from "@/lib/services/office/claims";
import { FourEyesSteps } from "./FourEyesSteps";
import { OfficeForm } from "./OfficeForm";
import { PayoutTrail } from "./PayoutTrail";
import { QueueBanner } from "./QueueBanner";
import { QueueNav } from "./QueueNav";

type Props = {
  detail: ClaimDetail;
  /** The staff member looking: whether they may prepare or approve, and whether they prepared it. */
  viewer: { staffId: string; prepares: boolean; reviews: boolean };
  prepare: (data: FormData) => Promise<void>;
  approve: (data: FormData) => Promise<void>;
  reject: FormStateAction<RawValues>;
  done: "prepared" | "paid" | "rejected" | null;
  refused: string | null;
};

/** One 代缴返还 claim: what was paid for whom, the account, and the next step for this staff member. */
export async function ClaimDetailView({ detail, viewer, prepare, approve, reject, done, refused }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.claims");
  const tCommon = await getTranslations("officeQueues.common");
  const tRelation = (await getTranslations("family.relations")) as unknown as (key: string) => string;
  const money = (fen: number) => formatMoney(fen, locale);
  const rows = [
    { key: "payer", label: t("payer"), value: `${detail.payerName} · ${detail.payerIdMasked}` },
    { key: "beneficiary", label: t("beneficiary"), value: `${detail.beneficiaryName}（${tRelation(detail.relation)}）` },
    { key: "notice", label: t("notice"), value: formatNoticeNumber(detail.noticeNumber) },
    { key: "amount", label: t("amount"), value: money(detail.amountFen) },
    { key: "paidOn", label: t("paidOn"), value: formatDate(detail.paidOn, locale) },
    { key: "opensOn", label: t("opensOn"), value: formatDate(detail.opensOn, locale) },
    { key: "balance", label: t("balance"), value: detail.balanceFen === null ? t("noAccount") : money(detail.balanceFen) },
  ];
  const open = detail.status === "submitted" || detail.status === "prepared";
  const preparedByMe = detail.payout?.preparedByStaffId === viewer.staffId && detail.status === "prepared";
  return (
    <>
      <QueueNav current="claims" />
      <QueueBanner done={done ? t(`done.${done}`) : null} refused={refused} doneTitle={tCommon("doneTitle")} refusedTitle={tCommon("refusedTitle")} />
      <PageHeading caption={t(`statuses.${detail.status}`)}>{t("detailTitle", { payer: detail.payerName })}</PageHeading>
      <SummaryList rows={rows} changeText="" />
      <PayoutTrail
        namespace="officeQueues.claims"
        me={viewer.staffId}
        steps={[
          { key: "prepared", text: "preparedBy", staffId: detail.payout?.status === "cancelled" ? null : (detail.payout?.preparedByStaffId ?? null), at: detail.payout?.preparedAt ?? null },
          { key: "approved", text: "approvedBy", staffId: detail.payout?.approvedByStaffId ?? null, at: detail.payout?.approvedAt ?? null },
        ]}
      />
      {detail.decisionReason ? <p className="mb-6 border-l-4 border-brand pl-4 text-lg">{detail.decisionReason}</p> : null}
      <FourEyesSteps
        canPrepare={detail.status === "submitted" && viewer.prepares}
        canApprove={detail.status === "prepared" && viewer.reviews}
        preparedByMe={preparedByMe}
        prepare={prepare}
        approve={approve}
        labels={{ prepare: t("prepare"), approve: t("approve"), fourEyes: t("fourEyes") }}
      />
      {open && viewer.reviews ? (
        <section aria-labelledby="reject-title">
          <h2 id="reject-title" className="mb-2 text-2xl font-bold">
            {t("rejectTitle")}
          </h2>
          <OfficeForm action={reject} fields={[{ kind: "text", name: "reason", label: t("reason") }]} submit={t("reject")} labels={{ summaryTitle: tCommon("summaryTitle"), errorPrefix: tCommon("errorPrefix") }} variant="secondary" />
        </section>
      ) : null}
      <p className="text-lg">
        <Link href="/office/claims">{tCommon("back")}</Link>
      </p>
    </>
  );
}
