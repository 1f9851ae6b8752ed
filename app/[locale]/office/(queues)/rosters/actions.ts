"use server";

import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { applyRosterUpload } from "@/lib/services/office/rosters";
import { requireStaff } from "@/lib/web/require-staff";
import { localeOf } from "../queue-answer";

/** Applies the previewed roster (窗口经办): back to it with how many were added and removed, or why not. */
export async function applyRosterAction(localeParam: string, uploadId: string): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "clerk");
  const result = await applyRosterUpload(await getDb(), actor, uploadId, now(), today());
  const href = `/office/rosters/${uploadId}`;
  redirect({ href: result.ok ? `${href}?added=${result.added}&removed=${result.removed}` : `${href}?refused=${result.reason}`, locale });
}
