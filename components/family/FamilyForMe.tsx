import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { Button } from "@/components/ui/Button";
import { formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { BoundForMe } from "@/lib/services/family/my-family";
import { PAYER_IS } from "./relations";

export type ForMeDecision = "approve" | "refuse" | "revoke";

/** On the relative's 我的: requests to approve or refuse, who may pay for them (with a way to end it), and every debit made for them. */
export async function FamilyForMe({ bindings, payments, decide }: BoundForMe & { decide: Record<ForMeDecision, (data: FormData) => Promise<void>> }) {
  if (bindings.length === 0 && payments.length === 0) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("family.forMe");
  const tFamily = await getTranslations("family");
  const relation = (r: keyof typeof PAYER_IS) => tFamily(`relations.${PAYER_IS[r]}`);
  const pending = bindings.filter((b) => b.status === "pending");
  const active = bindings.filter((b) => b.status === "active");
  const ended = bindings.filter((b) => b.status === "revoked" || b.status === "refused");
  return (
    <section aria-labelledby="family-for-me" className="mb-10" data-testid="family-for-me">
      <h2 id="family-for-me" className="mb-3 text-2xl font-bold">
        {t("heading")}
      </h2>
      {pending.length ? (
        <ul className="mb-6 space-y-4">
          {pending.map((b) => (
            <li key={b.id} className="border-l-4 border-brand pl-4">
              <p className="mb-2 text-lg">{t("pending", { name: b.otherName, relation: relation(b.relation), time: formatInstant(b.createdAt, locale) })}</p>
              <div className="flex flex-wrap gap-4">
                <form action={decide.approve}>
                  <input type="hidden" name="bindingId" value={b.id} />
                  <Button>
                    {t("approve")}
                    <span className="sr-only"> {b.otherName}</span>
                  </Button>
                </form>
                <form action={decide.refuse}>
                  <input type="hidden" name="bindingId" value={b.id} />
                  <Button variant="secondary">
                    {t("refuse")}
                    <span className="sr-only"> {b.otherName}</span>
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="mb-2 text-xl font-bold">{t("whoHeading")}</h3>
      {active.length === 0 ? <p className="mb-4 text-lg">{t("nobody")}</p> : null}
      <ul className="mb-6 space-y-4">
        {active.map((b) => (
          <li key={b.id} className="border-l-4 border-line pl-4">
            <p className="mb-2 text-lg" data-testid="family-payer">
              {t("active", { name: b.otherName, relation: relation(b.relation), time: formatInstant(b.decidedAt ?? b.createdAt, locale) })}
            </p>
            <form action={decide.revoke}>
              <input type="hidden" name="bindingId" value={b.id} />
              <Button variant="warning">
                {t("end")}
                <span className="sr-only"> {b.otherName}</span>
              </Button>
            </form>
          </li>
        ))}
      </ul>
      {ended.length ? (
        <ul className="text-ink-soft mb-6 space-y-1 text-lg" data-testid="family-ended">
          {ended.map((b) => (
            <li key={b.id}>{t(b.status === "revoked" ? "revoked" : "refused", { name: b.otherName, time: formatInstant(b.endedAt ?? b.decidedAt ?? b.createdAt, locale) })}</li>
          ))}
        </ul>
      ) : null}
      <h3 className="mb-2 text-xl font-bold">{t("paymentsHeading")}</h3>
      {payments.length === 0 ? <p className="text-lg">{t("noPayments")}</p> : null}
      <ul className="space-y-2 text-lg" data-testid="family-payments-for-me">
        {payments.map((p) => (
          <li key={p.id}>{t("payment", { time: formatInstant(p.at, locale), name: p.payerName, amount: formatMoney(p.amountFen, locale), number: p.noticeNumber ? formatNoticeNumber(p.noticeNumber) : "" })}</li>
        ))}
      </ul>
    </section>
  );
}
