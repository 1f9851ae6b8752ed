import { defaultLocale, isLocale } from "@/lib/i18n/routing";

/**
 * Any path under a locale that no page matches. Next.js 16.3+ sends an empty HTML shell for a
 * notFound() thrown from a page (vercel/next.js#62228), which shows nothing without JavaScript;
 * so this answers 404 with the fully rendered not-found page instead
 * (docs/decisions/0004-server-rendered-404.md).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const page = await fetch(new URL(`/${isLocale(locale) ? locale : defaultLocale}/page-not-found`, request.url), {
    headers: { cookie: request.headers.get("cookie") ?? "" },
    cache: "no-store",
  });
  return new Response(page.body, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
