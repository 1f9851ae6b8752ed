import { getLocale, getTranslations } from "next-intl/server";
import { figureWords } from "@/components/policies/figure-words";
import { sourceLink } from "@/components/rules/reason-text";
import { PageHeading } from "@/components/ui/PageHeading";
import { ReportTable } from "../reports/ReportTable";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PolicyDescription } from "@/lib/rules";
import type { FigureRow } from "@/lib/services/office/policy-drafts";

/** Every figure of one pack: its name in the file, in words, its value and the clause it comes from. */
export async function PackFiguresView({ pack, status, figures }: { pack: PolicyDescription; status: "published" | "projected"; figures: FigureRow[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("policies.console");
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const words = await figureWords(pack, locale);
  const links = await Promise.all(figures.map((figure) => sourceLink(figure.source)));
  return (
    <>
      <p className="no-print mb-4">
        <Link href="/office/policies">{t("figures.back")}</Link>
      </p>
      <PageHeading caption={t(`statuses.${status}`)} lead={t("figures.lead", { id: pack.id })}>
        {t("figures.title", { region: tRegion(pack.region), year: pack.coverageYear })}
      </PageHeading>
      <p className="no-print mb-6 text-lg">
        <Link href={`/policies/${pack.id}/changes`}>{t("figures.changesLink")}</Link>
      </p>
      <ReportTable id="pack-figures" caption={t("figures.caption", { id: pack.id })} captionHidden headings={[t("figures.item"), t("figures.value"), t("figures.status"), t("figures.source")]}>
        <tbody>
          {figures.map((figure, index) => (
            <tr key={figure.path} className="border-b border-line align-top" data-testid={`figure-${figure.path}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {words.label(figure.path)}
                <br />
                <code className="text-ink-soft text-base" title={t("figures.path")}>
                  {figure.path}
                </code>
              </th>
              <td className="py-2 pr-4">{words.value(figure.path, figure.value)}</td>
              <td className="py-2 pr-4">{t(`figures.${figure.status}`)}</td>
              <td className="py-2 pr-4">
                <Link href={links[index]!.href}>{`${links[index]!.document} ${links[index]!.clause}`}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </>
  );
}
