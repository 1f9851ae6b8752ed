import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import type { QueueFilters as Filters } from "@/lib/forms/office-queues";

type Props = {
  /** Where the form is sent (the list's own path, with the locale). */
  action: string;
  filters: Filters;
  statuses: { value: string; label: string }[];
  /** Regions the staff member may choose among (one: theirs). */
  regions: string[];
};

const control = "block min-h-12 w-full rounded-none border-2 border-ink px-3 py-2 text-lg";

/** A plain GET form: region, district, status and age; the list below answers it. */
export async function QueueFilters({ action, filters, statuses, regions }: Props) {
  const t = await getTranslations("officeQueues.common");
  const tRegion = (await getTranslations("officeQueues.common.regions")) as unknown as (key: string) => string;
  return (
    <form method="get" action={action} className="mb-6 grid gap-4 border-2 border-line p-4 sm:grid-cols-5 sm:items-end" aria-label={t("filters")}>
      <FilterSelect name="region" label={t("region")} any={t("any")} value={filters.region} options={regions.map((region) => ({ value: region, label: tRegion(region) }))} />
      <div>
        <label htmlFor="filter-district" className="mb-1 block font-semibold">
          {t("district")}
        </label>
        <input id="filter-district" name="district" defaultValue={filters.district ?? ""} placeholder={t("districtHint")} className={control} />
      </div>
      <FilterSelect name="status" label={t("status")} any={t("toDo")} value={filters.status} options={statuses} />
      <div>
        <label htmlFor="filter-age" className="mb-1 block font-semibold">
          {t("age")}
        </label>
        <input id="filter-age" name="age" type="number" min={1} max={3650} inputMode="numeric" defaultValue={filters.minAgeDays ?? ""} className={control} />
      </div>
      <Button variant="secondary">{t("apply")}</Button>
    </form>
  );
}

function FilterSelect({ name, label, any, value, options }: { name: string; label: string; any: string; value: string | null; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
