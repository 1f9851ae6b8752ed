import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { Button } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { FileField } from "../FileField";
import { QueueBanner } from "./QueueBanner";
import { QueueNav } from "./QueueNav";

type Pack = { id: string; regionName: string; coverageYear: number; groups: { code: string; label: string }[] };
type Upload = { id: string; fileName: string; uploadedAt: Date; appliedAt: Date | null };

const control = "block min-h-12 w-full max-w-md rounded-none border-2 border-ink px-3 py-2 text-lg";

/**
 * Upload a roster: a plain multipart form to the upload route (a file does not go through a server
 * action), which checks the size before reading and answers with the preview page or a refusal.
 */
export async function RosterUploadView({ packs, uploads, uploadAction, refused }: { packs: Pack[]; uploads: Upload[]; uploadAction: string; refused: string | null }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.rosters");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <>
      <QueueNav current="rosters" />
      <QueueBanner done={null} refused={refused} doneTitle={tCommon("doneTitle")} refusedTitle={tCommon("refusedTitle")} />
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <form method="post" action={uploadAction} encType="multipart/form-data" className="mb-10 max-w-xl">
        <div className="mb-6">
          <label htmlFor="field-pack" className="mb-1 block text-lg font-semibold">
            {t("pack")}
          </label>
          <select id="field-pack" name="pack" className={control} required>
            {packs.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {t("packOption", { region: pack.regionName, year: pack.coverageYear })}
              </option>
            ))}
          </select>
        </div>
        <FileField label={t("file")} hint={t("fileHint")} accept=".csv,text/csv" />
        <Button>{t("upload")}</Button>
      </form>
      {packs.map((pack) => (
        <details key={pack.id} className="mb-4 text-lg">
          <summary className="cursor-pointer">
            {t("packOption", { region: pack.regionName, year: pack.coverageYear })} · {t("groups")}
          </summary>
          <ul className="mt-2 list-disc pl-6">
            {pack.groups.map((g) => (
              <li key={g.code}>
                <code>{g.code}</code> {g.label}
              </li>
            ))}
          </ul>
        </details>
      ))}
      {uploads.length ? (
        <section aria-labelledby="recent-title" className="mt-8">
          <h2 id="recent-title" className="mb-2 text-2xl font-bold">
            {t("recent")}
          </h2>
          <ul className="space-y-1 text-lg">
            {uploads.map((u) => (
              <li key={u.id}>
                <Link href={`/office/rosters/${u.id}`}>{t("uploadItem", { file: u.fileName, time: formatInstant(u.uploadedAt, locale) })}</Link> · {u.appliedAt ? t("applied") : t("notApplied")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
