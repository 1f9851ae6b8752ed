import { NextResponse, type NextRequest } from "next/server";
import en from "./messages/errorPage/en.json";
import zhHans from "./messages/errorPage/zh-Hans.json";
import zhHant from "./messages/errorPage/zh-Hant.json";
import { declaresTooMuch } from "./lib/api/body";
import { negotiateLocale } from "./lib/i18n/negotiate";
import { isLocale, type Locale } from "./lib/i18n/routing";
import { isSourceId } from "./lib/sources/documents";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/web/action-body-limit";

const TOO_LARGE: Record<Locale, string> = { "zh-Hans": zhHans.tooLarge, "zh-Hant": zhHant.tooLarge, en: en.tooLarge };
const LENGTH_REQUIRED: Record<Locale, string> = { "zh-Hans": zhHans.lengthRequired, "zh-Hant": zhHant.lengthRequired, en: en.lengthRequired };

/** A percent-escape that does not decode (`%zz`, a cut-off UTF-8 sequence) names no page. */
function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Every page lives under a locale segment. A path without one is redirected to the locale
 * negotiated from Accept-Language; everything else passes through untouched.
 */
/**
 * A payment notice or its receipt that the visitor may not see, or that does not exist, is answered by
 * the page with notFound(), which Next.js sends as an empty shell without JavaScript (ADR 0004). So the
 * notice's status endpoint — the same right to act — is asked first, and a 404 there gets the
 * server-rendered 404 of the catch-all route (issue 13: another resident's notice is a plain 404).
 */
async function noticeHidden(request: NextRequest, number: string): Promise<boolean> {
  const status = await fetch(new URL(`/api/payments/notices/${encodeURIComponent(number)}/status`, request.url), {
    headers: { cookie: request.headers.get("cookie") ?? "" },
    cache: "no-store",
  });
  return status.status === 404;
}

const NOTICE_PAGE = /^\/[^/]+\/pay\/([^/]+)(?:\/receipt)?\/?$/;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (request.method === "POST") {
    // A server action (or any post to a page) over the limit, or without a declared length (a
    // browser always declares one; Next.js would answer a chunked body it cannot read with a 500):
    // refused before Next.js reads the body.
    const status = !request.headers.has("content-length") ? 411 : declaresTooMuch(request.headers, SERVER_ACTION_BODY_LIMIT_BYTES) ? 413 : null;
    if (status) {
      const locale = isLocale(first) ? first : negotiateLocale(request.headers.get("accept-language"));
      const text = status === 411 ? LENGTH_REQUIRED[locale] : TOO_LARGE[locale];
      return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" } });
    }
  }
  if (isLocale(first)) {
    // A path that does not decode names no page: the 404, not a URIError (the catch-all route reads only the locale).
    if (pathname.split("/").some((segment) => decodedOrNull(segment) === null)) {
      return NextResponse.rewrite(new URL(`/${first}/__unknown/undecodable`, request.url));
    }
    // An unknown policy document gets the server-rendered 404 of the catch-all route.
    const [, , section, id, ...rest] = pathname.split("/");
    if (section === "sources" && id !== undefined && (rest.length > 0 || !isSourceId(decodeURIComponent(id)))) {
      return NextResponse.rewrite(new URL(`/${first}/__unknown${pathname}`, request.url));
    }
    const notice = request.method === "GET" ? NOTICE_PAGE.exec(pathname) : null;
    if (notice?.[1] && (await noticeHidden(request, decodeURIComponent(notice[1])))) {
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
  // Not for API routes, Next.js internals, the mode stylesheet, files with an extension, the
  // sandbox collection service (a stand-in for the tax bureau's cashier, not a page of the portal), or
  // the metrics a scraper reads at /metrics. Requests are counted and timed in instrumentation.ts, not
  // here: proxy.ts sees neither the final status nor the end of the response.
  matcher: ["/((?!api|_next|_vercel|sandbox-cashier|metrics|mode\\.css|.*\\..*).*)"],
};
