import { eq } from "drizzle-orm";
import { account } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { Actor } from "../people/right-to-act";
import { saveRegistrationStep, startRegistration, submitRegistration } from "./registration";

/** A signed-up account bound to a registry person, without going through sign-in. */
export async function actorFor(db: Db, personId: string, phone: string, at: Date): Promise<Actor> {
  const [row] = await db.insert(account).values({ phone, personId, boundAt: at, createdAt: at }).onConflictDoNothing().returning({ id: account.id });
  const id = row?.id ?? (await db.select({ id: account.id }).from(account).where(eq(account.phone, phone)))[0]!.id;
  return { accountId: id, personId };
}

/** The resident registers themselves through the three steps; the new enrollment's id and reference. */
export async function registerSelf(db: Db, actor: Actor, at: Date, today: string): Promise<{ enrollmentId: string; reference: string }> {
  await startRegistration(db, actor, actor.personId, at, today);
  await saveRegistrationStep(db, actor, "facts", {}, at, today);
  await saveRegistrationStep(db, actor, "details", { contactPhone: "13905749999" }, at, today);
  const result = await submitRegistration(db, actor, actor.personId, at, today);
  if (!result.ok) throw new Error(`not registered: ${result.reason}`);
  return { enrollmentId: result.enrollmentId, reference: result.reference };
}
