import { getTranslations } from "next-intl/server";
import { sourceLink } from "@/components/check/reason-text";
import { Link } from "@/lib/i18n/navigation";
import type { Reason } from "@/lib/rules";

/** The rules' reasons in plain words (reasons.familyAid.*), each linked to the clause it comes from. */
export async function ReasonList({ reasons, testId }: { reasons: Reason[]; testId?: string }) {
  if (reasons.length === 0) return null;
  const t = (await getTranslations("reasons")) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const tFamily = await getTranslations("family");
  const links = await Promise.all(reasons.map((r) => sourceLink(r.source)));
  return (
    <ul className="mb-4 list-disc space-y-2 pl-6 text-lg" data-testid={testId}>
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${index}`}>
          {t(reason.code, reason.params ?? {})}{" "}
          <Link href={links[index]!.href} className="whitespace-nowrap">
            {tFamily("source", { clause: links[index]!.clause })}
            <span className="sr-only"> {links[index]!.document}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
