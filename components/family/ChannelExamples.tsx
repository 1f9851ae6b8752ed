import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { channelSourceLink } from "./channel-source";

/**
 * Which tax channel, by where the relative is resident-insured, with the three examples of the
 * question and answer the pack cites for the channel rule (`source`; the link is left out when
 * the answer gave no channel).
 */
export async function ChannelExamples({ source }: { source: string | undefined }) {
  const t = await getTranslations("family.channelExamples");
  const link = source ? channelSourceLink(source, (await getLocale()) as Locale) : null;
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
      {link ? (
        <p className="text-lg">
          <Link href={link.href}>{t("source", link.values)}</Link>
        </p>
      ) : null}
    </section>
  );
}
