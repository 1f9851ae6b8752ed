import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditSearchView } from "@/components/office/audit/AuditSearchView";
import { RefusalView } from "@/components/office/reports/RefusalView";
import { now, today } from "@/lib/clock";
import { AUDIT_ACTIONS } from "@/lib/db/audit";
import { getDb } from "@/lib/db/client";
import { auditQuerySchema } from "@/lib/forms/office-reports";
import { parseQuery, type QueryParams } from "@/lib/forms/query";
import type { Locale } from "@/lib/i18n/routing";
import { addDays } from "@/lib/rules/dates";
import { searchAudit } from "@/lib/services/office/audit-search";
import { maySearchAudit } from "@/lib/services/office/scope";
import { requireStaff } from "@/lib/web/require-staff";
import { auditSearchAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<QueryParams> };

const PERSON_ERRORS = ["personUnknown", "personRegion"] as const;
const REFUSAL_FIELD = { "unknown-person": ["person", "personUnknown"], region: ["person", "personRegion"], "unknown-staff": ["staff", "staffUnknown"], range: ["to", "auditRangeInvalid"] } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeReports.audit" });
  return { title: t("title") };
}

/** The audit search: a search runs (and is audited) once the address holds its dates, as the form's post leaves it. */
export default async function AuditSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale);
  if (!maySearchAudit(actor)) return <RefusalView reason="auditRole" />;
  const raw = await searchParams;
  const query = parseQuery(auditQuerySchema, raw, { from: addDays(today(), -30), to: today() });
  const action = AUDIT_ACTIONS.find((name) => name === query.values.action) ?? null;
  const personError = PERSON_ERRORS.find((key) => key === raw.personError);
  const errors = [
    ...(personError ? [{ field: "person", message: personError }] : []),
    ...(query.values.action !== "" && !action ? [{ field: "action", message: "actionInvalid" }] : []),
    ...query.errors,
  ];
  const view = { values: query.values, actions: AUDIT_ACTIONS, search: auditSearchAction.bind(null, locale) };
  if (raw.from === undefined || errors.length > 0 || !query.data) return <AuditSearchView {...view} errors={errors} results={null} />;

  const { person, staff, from, to, before } = query.data;
  const result = await searchAudit(
    await getDb(),
    actor,
    { personId: person || null, staffNumber: staff || null, action, from, to, before: before ? Number(before) : null },
    now(),
  );
  if (result.ok) return <AuditSearchView {...view} errors={[]} results={result} />;
  if (result.reason === "role") return <RefusalView reason="auditRole" />;
  const [field, message] = REFUSAL_FIELD[result.reason];
  return <AuditSearchView {...view} errors={[{ field, message }]} results={null} />;
}
