"use server";

import { redirect as redirectTo } from "next/navigation";
import { z } from "zod";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { callbackUrl } from "@/lib/cashier/callback-url";
import { isUuid } from "@/lib/db/driver";
import { prepareCheckout } from "@/lib/services/payment/checkout";
import { issueNotice, type NoticeTarget } from "@/lib/services/payment/notices";
import { formAction } from "@/lib/web/form-action";

const ERROR_CODES = ["not-payable", "nothing-to-pay", "already-paid", "not-found", "busy"] as const;

const targetForm = z.object({ kind: z.string(), id: z.string() });
const payForm = z.object({ number: z.string().refine((number) => isValidNoticeNumber(number)), confirmNoCover: z.string() });

/** Get a payment notice for a registration or a renewal, then show it. */
export async function issueNoticeAction(localeParam: string, formData: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  const actor = await requireActor(locale);
  await formAction(
    targetForm,
    async ({ kind, id }) => {
      const target: NoticeTarget | null =
        kind === "enrollment" && isUuid(id) ? { kind, enrollmentId: id } : kind === "renewal" && /^[a-z0-9-]{1,40}$/.test(id) ? { kind, personId: id } : null;
      if (!target) return redirect({ href: "/pay?error=not-found", locale });
      const result = await issueNotice(await getDb(), actor, target, now(), today());
      if (result.ok) return redirect({ href: `/pay/${result.number}`, locale });
      if (result.reason === "already-paid") return redirect({ href: `/pay/${result.number}`, locale });
      const code = ERROR_CODES.find((c) => c === result.reason) ?? "refused";
      return redirect({ href: `/pay?error=${code}`, locale });
    },
    { locale },
  )(formData);
}

/** Pay here: to the sandbox cashier with the portal's signed order; a payment that buys no cover this year needs the box ticked. */
export async function payHereAction(localeParam: string, formData: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  const actor = await requireActor(locale);
  await formAction(
    payForm,
    async ({ number: raw, confirmNoCover }) => {
      const number = normalizeNoticeNumber(raw);
      const result = await prepareCheckout(
        await getDb(),
        actor,
        { number, confirmedNoCover: confirmNoCover === "yes", callbackUrl: await callbackUrl(), returnPath: `/${locale}/pay/${number}` },
        today(),
      );
      if (result.ok) return redirectTo(result.url);
      return redirect({ href: result.reason === "confirm-no-cover" ? `/pay/${number}?confirm=missing#error-summary` : `/pay/${number}`, locale });
    },
    { locale, invalid: () => redirect({ href: "/pay", locale }) },
  )(formData);
}
