import { defaultLocale, isLocale } from "@/lib/i18n/routing";

/**
 * Where requireStaff sends a member of staff without the role a page or action needs: 403 with the
 * fully rendered refusal page inside the console. Next.js's forbidden() answers 403 with an empty
 * HTML shell whose UI only JavaScript shows (as notFound() does, docs/decisions/0004), so the page
 * is rendered here instead (docs/decisions/0015). The page's own redirect (no staff session) is
 * passed on as it is.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const forwarded = ["cookie", "x-forwarded-proto", "x-forwarded-for", "accept-language"].flatMap((name) => {
    const value = request.headers.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
  const page = await fetch(new URL(`/${isLocale(locale) ? locale : defaultLocale}/office/refused`, request.url), { headers: forwarded, cache: "no-store", redirect: "manual" });
  const location = page.headers.get("location");
  if (page.status >= 300 && page.status < 400 && location) return new Response(null, { status: page.status, headers: { location, "cache-control": "no-store" } });
  return new Response(page.body, { status: 403, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
