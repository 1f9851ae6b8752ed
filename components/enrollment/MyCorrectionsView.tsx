import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { formatDate, formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatReference } from "@/lib/numbers/enrollment-reference";
import { assistanceCodes } from "@/lib/rules";
import type { MyCorrection } from "@/lib/services/enrollment/corrections";

type Translate = (key: string, values?: Record<string, string | number>) => string;


/** The corrected fact in the resident's words, from the value the office entered. */
function correctedText(c: MyCorrection, t: Translate, category: Translate, date: (d: string) => string): string | null {
  const v = c.correctedValue;
  if (!v) return null;
  const one = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : "");
  switch (v.fact) {
    case "residency":
      return t(`residencies.${one("residency")}`);
    case "school":
      return one("schoolLevel") === "none" ? t("values.schoolNone") : t("values.school", { name: one("schoolName"), end: one("schoolEnd") ? date(one("schoolEnd")) : "" });
    case "assistance": {
      const groups = Array.isArray(v.groups) ? v.groups : [];
      const labels = assistanceCodes(c.reassessment?.packId ?? "");
      return groups.length ? groups.map((code) => labels.find((g) => g.code === code)?.label ?? code).join("、") : t("values.assistanceNone");
    }
    case "history":
      return one("insuredLastYear") === "yes" ? t("values.historyYes", { category: category(one("lastCategory")) }) : t("values.historyNo");
    case "employee":
      return t(one("employed") === "yes" ? "values.employeeYes" : "values.employeeNo");
    default:
      return null;
  }
}

/** J4: every "this is wrong" the resident sent, with the office's decision, the corrected fact and what the rules now say. */
export async function MyCorrectionsView({ corrections }: { corrections: MyCorrection[] }) {
  if (corrections.length === 0) return null;
  const locale = (await getLocale()) as Locale;
  const t = (await getTranslations("enrollment.myCorrections")) as unknown as Translate;
  const tFacts = (await getTranslations("enrollment.correction.facts")) as unknown as Translate;
  const category = (await getTranslations("enrollment.categories")) as unknown as Translate;
  const date = (d: string) => formatDate(d, locale);
  const money = (fen: number | null) => formatMoney(fen ?? 0, locale);
  return (
    <section aria-labelledby="corrections-heading" className="mb-10">
      <h2 id="corrections-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-prose text-lg">{t("lead")}</p>
      <ul className="space-y-4 text-lg" data-testid="my-corrections">
        {corrections.map((c) => {
          const value = correctedText(c, t, category, date);
          const r = c.reassessment;
          return (
            <li key={c.id} className="border-l-4 border-line pl-4" data-testid="my-correction">
              <p className="font-semibold">{t("item", { name: c.personName, fact: tFacts(c.fact), date: formatInstant(c.createdAt, locale) })}</p>
              <p>{t("yourNote", { note: c.note })}</p>
              <p className="font-semibold" data-testid="correction-status">
                {c.status === "open" ? t("open") : t(c.status, { date: formatInstant(c.decidedAt ?? c.createdAt, locale) })}
              </p>
              {c.status === "rejected" && c.reason ? <p data-testid="correction-reason">{t("reason", { reason: c.reason })}</p> : null}
              {c.status === "accepted" && value ? <p data-testid="correction-value">{t("newValue", { value })}</p> : null}
              {c.status === "accepted" && c.reason ? <p>{t("officeNote", { note: c.reason })}</p> : null}
              {c.status === "accepted" && r ? (
                <p data-testid="correction-reassessment">
                  {r.eligible ? t("reassessed", { year: r.coverageYear, category: category(r.category), amount: money(r.payableFen) }) : t("reassessedNotEligible", { year: r.coverageYear })}
                  {r.enrollment
                    ? ` ${
                        r.enrollment.differs
                          ? t("differs", { reference: formatReference(r.enrollment.reference), category: category(r.enrollment.category), amount: money(r.enrollment.payableFen) })
                          : t("same", { reference: formatReference(r.enrollment.reference) })
                      }`
                    : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
