import { getLocale, getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { SummaryList } from "@/components/ui/SummaryList";
import { formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { Reason } from "@/lib/rules";
import type { NoticeView } from "@/lib/services/family/my-family";
import { ChannelExamples } from "./ChannelExamples";
import { ReasonList } from "@/components/rules/ReasonList";

export type PayRefusal = "insufficient" | "not-bound" | "no-notice" | "notice-closed" | "no-account" | "not-recorded";

type Props = {
  bindingId: string;
  name: string;
  notice: NoticeView;
  balanceFen: number;
  channelReasons: Reason[];
  refused: PayRefusal | null;
  pay: (data: FormData) => Promise<void>;
};

/** Before paying from the 历年账户: the amount, the balance before and after, the channel and why; a balance that is too small is refused. */
export async function PayConfirmView({ bindingId, name, notice, balanceFen, channelReasons, refused, pay }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("family");
  const tBanner = await getTranslations("banner");
  const money = (fen: number) => formatMoney(fen, locale);
  const short = balanceFen < notice.amountFen;
  const refusal: PayRefusal | null = short ? "insufficient" : refused === "insufficient" ? null : refused;
  return (
    <>
      <StepHeader backHref={`/family/${bindingId}`} backText={t("back")} />
      {refusal ? (
        <NotificationBanner title={tBanner("important")}>
          <p data-testid="pay-refused">
            {refusal === "insufficient" ? t("pay.insufficient", { balance: money(balanceFen), amount: money(notice.amountFen) }) : t(`pay.refused.${refusal}`)}
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("pay.lead", { name })}>
        {t("pay.title")}
      </PageHeading>
      <SummaryList
        changeText=""
        rows={[
          { key: "for", label: t("pay.for"), value: name },
          { key: "notice", label: t("pay.notice"), value: t("pay.noticeValue", { year: notice.coverageYear, number: formatNoticeNumber(notice.number) }) },
          { key: "amount", label: t("pay.amount"), value: <span data-testid="pay-amount">{money(notice.amountFen)}</span> },
          { key: "before", label: t("pay.balanceBefore"), value: <span data-testid="balance-before">{money(balanceFen)}</span> },
          {
            key: "after",
            label: t("pay.balanceAfter"),
            value: <span data-testid="balance-after">{short ? t("pay.cannotAfter") : money(balanceFen - notice.amountFen)}</span>,
          },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">{t("pay.channelHeading")}</h2>
      <ReasonList reasons={channelReasons} testId="pay-channel" />
      {short || refusal ? (
        <p className="mb-10">
          <ButtonLink href={`/family/${bindingId}`} variant="secondary">
            {t("back")}
          </ButtonLink>
        </p>
      ) : (
        <form action={pay} className="mb-10">
          <input type="hidden" name="bindingId" value={bindingId} />
          <input type="hidden" name="number" value={notice.number} />
          <p className="mb-4 max-w-prose text-lg">{t("pay.allOrNothing")}</p>
          <Button>{t("pay.submit", { amount: money(notice.amountFen) })}</Button>
        </form>
      )}
      <ChannelExamples source={channelReasons[0]?.source} />
    </>
  );
}
