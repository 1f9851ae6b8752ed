import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import type { Locale } from "@/lib/i18n/routing";

export type TrailStep = { key: string; text: "preparedBy" | "approvedBy"; staffId: string | null; at: Date | null };

/** Who prepared and who approved a payout, as the staff member reads it: "you" or "another member of staff". */
export async function PayoutTrail({ namespace, steps, me }: { namespace: "officeQueues.claims" | "officeQueues.refunds"; steps: TrailStep[]; me: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations(namespace);
  const tCommon = await getTranslations("officeQueues.common");
  const shown = steps.filter((s) => s.staffId && s.at);
  if (shown.length === 0) return null;
  return (
    <ul className="mb-6 text-lg" data-testid="payout-trail">
      {shown.map((s) => (
        <li key={s.key}>{t(s.text, { who: s.staffId === me ? tCommon("you") : tCommon("colleague"), time: formatInstant(s.at!, locale) })}</li>
      ))}
    </ul>
  );
}
