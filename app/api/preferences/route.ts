import { NextResponse } from "next/server";
import { readFormBody } from "@/lib/api/body";
import { ELDER_COOKIE, safeReturnPath } from "@/lib/web/elder-mode";
import { isSameOriginPost } from "@/lib/web/same-origin";

/** Two fields, one of them a path: a few KiB is plenty. */
const PREFERENCES_BODY_LIMIT_BYTES = 4 * 1024;

/** Saves the elder-mode preference from a plain form post and returns to the page it came from. */
export async function POST(request: Request) {
  // No sign-in here, so no other protection: another site may not set the preference, nor send a large body.
  if (!isSameOriginPost(request.headers)) return new Response(null, { status: 403 });
  const read = await readFormBody(request, PREFERENCES_BODY_LIMIT_BYTES);
  if (!read.ok) return new Response(null, { status: 413 });
  const form = read.form;
  const elder = form?.get("elder") === "1";
  const target = safeReturnPath(form?.get("return"), "/");
  // A relative Location: the host the server sees may differ from the one the browser used.
  const response = new NextResponse(null, { status: 303, headers: { location: target } });
  response.cookies.set(ELDER_COOKIE, elder ? "1" : "0", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    maxAge: 60 * 60 * 24 * 365,
  });
  return response;
}
