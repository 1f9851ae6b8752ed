import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";

/** The ten recovery codes, shown this once; continuing forgets them on the server and opens the console. */
export async function RecoveryCodesView({ codes, action }: { codes: string[]; action: () => Promise<void> }) {
  const t = await getTranslations("office.recoveryCodes");
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      <ol aria-label={t("listLabel")} className="mb-8 grid max-w-md list-decimal grid-cols-2 gap-x-10 gap-y-2 pl-8 font-mono text-xl" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <form action={action}>
        <Button>{t("continue")}</Button>
      </form>
    </>
  );
}
