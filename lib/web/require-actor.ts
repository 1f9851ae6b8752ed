import "server-only";
import { currentSession } from "@/lib/auth/request";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Actor } from "@/lib/services/people/right-to-act";

/** The signed-in resident with a real name, or a redirect to sign in. */
export async function requireActor(locale: Locale): Promise<Actor> {
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (!session.personId) return redirect({ href: "/sign-in/real-name", locale });
  return { accountId: session.accountId, personId: session.personId };
}
