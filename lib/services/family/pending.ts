import { and, eq } from "drizzle-orm";
import { familyBinding, registryPerson } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskPhone } from "@/lib/identity/phone";

/** A pending binding of the payer's: where its code went (masked), and whether the code can still be entered. */
export async function pendingCode(db: DbOrTx, payerPersonId: string, bindingId: string, at: Date): Promise<{ phoneMasked: string | null; codeLive: boolean } | null> {
  const [row] = await db
    .select({ binding: familyBinding, phone: registryPerson.phone })
    .from(familyBinding)
    .innerJoin(registryPerson, eq(registryPerson.id, familyBinding.beneficiaryPersonId))
    .where(and(eq(familyBinding.id, bindingId), eq(familyBinding.payerPersonId, payerPersonId), eq(familyBinding.status, "pending")));
  if (!row) return null;
  const { codeHash, codeExpiresAt } = row.binding;
  return { phoneMasked: row.phone && codeHash ? maskPhone(row.phone) : null, codeLive: Boolean(codeHash && codeExpiresAt && codeExpiresAt > at) };
}
