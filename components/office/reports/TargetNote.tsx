import { getLocale, getTranslations } from "next-intl/server";
import { sourceLink } from "@/components/rules/reason-text";
import { formatBasisPoints } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Target } from "@/lib/services/office/reports/enrollment-rate";

/** A target as the pack has it: its rate, provisional or not, and the clause it comes from; or that the sources set none. */
export async function TargetNote({ target }: { target: Target | null }) {
  const t = await getTranslations("officeReports.target");
  if (!target) return <span data-testid="target-none">{t("none")}</span>;
  const locale = (await getLocale()) as Locale;
  const link = await sourceLink(target.source);
  return (
    <span data-testid="target">
      {t("value", { rate: formatBasisPoints(target.value, locale) })}
      {target.status === "provisional" ? <> ({t("provisional")})</> : null}{" "}
      <Link href={link.href} className="whitespace-nowrap">
        {t("source", { clause: link.clause })}
        <span className="sr-only"> {link.document}</span>
      </Link>
    </span>
  );
}
