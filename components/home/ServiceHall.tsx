import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { JOURNEYS } from "@/lib/journeys/catalog";

/** 办事大厅: one tile per journey. */
export async function ServiceHall() {
  const t = await getTranslations("journeys");
  const tHome = await getTranslations("home");
  return (
    <section aria-labelledby="services-heading" className="mb-10">
      <h2 id="services-heading" className="mb-4 text-2xl font-bold">
        {tHome("servicesHeading")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-columns>
        {JOURNEYS.map((journey) => (
          <li key={journey.key} className="border-2 border-line bg-white p-4 hover:border-brand">
            <h3 className="mb-2 text-xl font-bold">
              <Link href={journey.href} className="inline-flex min-h-12 items-center">
                {t(`${journey.key}.title`)}
              </Link>
            </h3>
            <p>{t(`${journey.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
