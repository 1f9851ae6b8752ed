import { eq } from "drizzle-orm";
import { account } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { Actor } from "../people/right-to-act";

/** A signed-up account bound to a registry person, without going through sign-in. */
export async function actorFor(db: Db, personId: string, phone: string, at: Date): Promise<Actor> {
  const [row] = await db.insert(account).values({ phone, personId, boundAt: at, createdAt: at }).onConflictDoNothing().returning({ id: account.id });
  const id = row?.id ?? (await db.select({ id: account.id }).from(account).where(eq(account.phone, phone)))[0]!.id;
  return { accountId: id, personId };
}
