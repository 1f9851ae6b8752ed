import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** ningbo-2026 问答五: which tax channel, by where the relative is resident-insured, with the source's three examples. */
export async function ChannelExamples() {
  const t = await getTranslations("family.channelExamples");
  return (
    <section aria-labelledby="channel-heading" className="mb-10">
      <h2 id="channel-heading" className="mb-3 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-2 max-w-prose text-lg">{t("rule")}</p>
      <ul className="mb-2 list-disc space-y-1 pl-6 text-lg">
        <li>{t("example1")}</li>
        <li>{t("example2")}</li>
        <li>{t("example3")}</li>
      </ul>
      <p className="text-lg">
        <Link href="/sources/ningbo-2026-enrollment#问答五">{t("source")}</Link>
      </p>
    </section>
  );
}
