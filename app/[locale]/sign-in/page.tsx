import { setRequestLocale } from "next-intl/server";
import { use } from "react";
import { ComingSoon } from "@/components/ComingSoon";
import type { Locale } from "@/lib/i18n/routing";

export default function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale(use(params).locale);
  return <ComingSoon journey="signIn" />;
}
