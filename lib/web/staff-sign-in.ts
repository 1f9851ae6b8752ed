import "server-only";
import { pendingStage } from "@/lib/auth/staff/enrolment";
import type { Stage } from "@/lib/auth/staff/pending";
import { pendingSignInToken } from "@/lib/auth/staff/request";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The page of each step between the password and the session. */
export const STAGE_PATHS: Record<Stage, string> = {
  "second-factor": "/office/sign-in/code",
  enrol: "/office/sign-in/enrol",
  "new-password": "/office/sign-in/password",
  "recovery-codes": "/office/sign-in/recovery-codes",
};

/**
 * The pending sign-in this browser is in, on the page of its stage: a browser at another stage is
 * sent to that stage's page, one with none (expired, finished, never started) back to the start.
 */
export async function requirePendingStage(locale: Locale, stage: Stage): Promise<{ staffNumber: string; displayName: string }> {
  const pending = await pendingStage(await getDb(), await pendingSignInToken(), now());
  if (!pending) return redirect({ href: "/office/sign-in?stale=1", locale });
  if (pending.stage !== stage) return redirect({ href: STAGE_PATHS[pending.stage], locale });
  return pending;
}
