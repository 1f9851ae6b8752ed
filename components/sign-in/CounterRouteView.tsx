import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";

/** The assisted route: binding at a 医保服务窗口 or a community service point, with the ID card in hand. */
export async function CounterRouteView({ backHref }: { backHref: string }) {
  const t = await getTranslations("signIn.counter");
  const list = (items: string[]) => (
    <ul className="mb-6 list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      <div className="max-w-prose text-lg">
        <h2 className="mb-2 text-2xl font-bold">{t("whereHeading")}</h2>
        <p className="mb-6">{t("where")}</p>
        <h2 className="mb-2 text-2xl font-bold">{t("bringHeading")}</h2>
        {list([t("bringId"), t("bringPhone")])}
        <h2 className="mb-2 text-2xl font-bold">{t("askHeading")}</h2>
        {list([t("askWho"), t("askPhone"), t("askOld")])}
        <h2 className="mb-2 text-2xl font-bold">{t("afterHeading")}</h2>
        <p className="mb-4">{t("after")}</p>
        <p className="mb-6">{t("help")}</p>
        <p>
          <Link href={backHref}>{t("back")}</Link>
        </p>
      </div>
    </>
  );
}
