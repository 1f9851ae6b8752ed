import "server-only";
import { getTranslations } from "next-intl/server";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { describePack, packById } from "@/lib/rules";
import { assess, loadDraft } from "@/lib/services/enrollment/registration";
import { registrationFor, rightToAct } from "@/lib/services/people/right-to-act";
import { requireActor } from "./require-actor";

/** The draft of the signed-in resident with what the registry and the rules say about it; else back to the start. */
export async function currentRegistration(locale: Locale) {
  const actor = await requireActor(locale);
  const db = await getDb();
  const draft = await loadDraft(db, actor.accountId);
  const pack = draft ? describePack(packById(draft.packId, today())) : undefined;
  if (!draft || !pack || !(await rightToAct(db, actor, draft.personId, today(), registrationFor(pack.coverageYear))).ok) return redirect({ href: "/register", locale });
  const assessment = await assess(db, draft.personId, pack, today());
  if (!assessment) return redirect({ href: "/register", locale });
  return { actor, draft, assessment };
}

/** The error messages the browser needs for the schema's keys (plain strings). */
export async function browserMessages(locale: Locale, keys: string[]): Promise<Record<string, string>> {
  const t = (await getTranslations({ locale, namespace: "enrollment.errors" })) as unknown as (key: string) => string;
  return Object.fromEntries(keys.map((key) => [key, t(key)]));
}
