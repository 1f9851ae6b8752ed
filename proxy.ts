import { NextResponse, type NextRequest } from "next/server";
import { negotiateLocale } from "./lib/i18n/negotiate";
import { isLocale } from "./lib/i18n/routing";
import { isSourceId } from "./lib/sources/documents";

/**
 * Every page lives under a locale segment. A path without one is redirected to the locale
 * negotiated from Accept-Language; everything else passes through untouched.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    // An unknown policy document gets the server-rendered 404 of the catch-all route.
    const [, , section, id, ...rest] = pathname.split("/");
    if (section === "sources" && id !== undefined && (rest.length > 0 || !isSourceId(decodeURIComponent(id)))) {
      return NextResponse.rewrite(new URL(`/${first}/__unknown${pathname}`, request.url));
    }
    return NextResponse.next();
  }

  const locale = negotiateLocale(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Vary", "Accept-Language");
  return response;
}

export const config = {
  // Not for API routes, Next.js internals, the mode stylesheet, files with an extension, or the
  // sandbox collection service (a stand-in for the tax bureau's cashier, not a page of the portal).
  matcher: ["/((?!api|_next|_vercel|sandbox-cashier|mode\\.css|.*\\..*).*)"],
};
