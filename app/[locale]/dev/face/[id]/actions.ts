"use server";

import { notFound } from "next/navigation";
import { decideLocalFace } from "@/lib/auth/face-verification";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { demoMode } from "@/lib/deployment";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { formAction, noFields } from "@/lib/web/form-action";

/** The tester's choice on the demo face page: demo servers only. */
export async function decideDemoFaceAction(localeParam: string, sessionId: string, outcome: "passed" | "failed", data?: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  await formAction(
    noFields,
    async () => {
      if (!demoMode()) notFound();
      await decideLocalFace(await getDb(), sessionId, outcome === "passed" ? "passed" : "failed", now());
      return redirect({ href: `/dev/face/${encodeURIComponent(sessionId)}`, locale });
    },
    { locale },
  )(data);
}
