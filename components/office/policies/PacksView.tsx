import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { Button } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { FileField } from "../FileField";
import { ReportTable } from "../reports/ReportTable";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ConsolePack } from "@/lib/services/office/policy-drafts";

type Draft = { id: string; fileName: string; uploadedAt: Date };
type Props = { packs: ConsolePack[]; drafts: Draft[]; canPreview: boolean; uploadAction: string; refused: string | null };

/**
 * The packs in force with their status, and "preview a draft": a plain multipart form to the upload
 * route (a file does not go through a server action), which answers with the preview or a refusal.
 */
export async function PacksView({ packs, drafts, canPreview, uploadAction, refused }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("policies.console");
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <>
      {refused ? (
        <NotificationBanner title={t("refusedTitle")}>
          <p data-testid="draft-refused">{refused}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-8 max-w-prose border-l-4 border-brand pl-3 text-lg font-semibold" data-testid="nothing-published">
        {t("nothingPublished")}
      </p>
      <ReportTable id="packs-table" caption={t("tableCaption")} headings={[t("pack"), t("region"), t("year"), t("status"), t("registration")]}>
        <tbody>
          {packs.map((pack) => (
            <tr key={pack.id} className="border-b border-line" data-testid={`pack-${pack.id}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/office/policies/${pack.id}`} aria-label={t("figuresLink", { id: pack.id })}>
                  <code>{pack.id}</code>
                </Link>
              </th>
              <td className="py-2 pr-4">{tRegion(pack.region)}</td>
              <td className="py-2 pr-4">{pack.coverageYear}</td>
              <td className="py-2 pr-4">{t(`statuses.${pack.status}`)}</td>
              <td className="py-2 pr-4">{`${date(pack.registration.start)} – ${date(pack.registration.end)}`}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>

      <section aria-labelledby="preview-heading" className="mb-10 max-w-xl">
        <h2 id="preview-heading" className="mb-2 text-2xl font-bold">
          {t("previewHeading")}
        </h2>
        <p className="mb-4 text-lg">{t("previewLead")}</p>
        {canPreview ? (
          <form method="post" action={uploadAction} encType="multipart/form-data">
            <FileField label={t("file")} hint={t("fileHint")} accept=".yaml,.yml" />
            <Button>{t("upload")}</Button>
          </form>
        ) : (
          <p className="text-lg">{t("previewRole")}</p>
        )}
      </section>

      {drafts.length > 0 ? (
        <section aria-labelledby="recent-drafts" className="mb-8">
          <h2 id="recent-drafts" className="mb-2 text-2xl font-bold">
            {t("recent")}
          </h2>
          <ul className="space-y-1 text-lg">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link href={`/office/policies/drafts/${draft.id}`}>{t("draftItem", { file: draft.fileName, time: formatInstant(draft.uploadedAt, locale) })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
