import { NextResponse } from "next/server";
import { ELDER_COOKIE, safeReturnPath } from "@/lib/web/elder-mode";

/** Saves the elder-mode preference from a plain form post and returns to the page it came from. */
export async function POST(request: Request) {
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    form = null;
  }
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
