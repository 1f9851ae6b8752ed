import { cookies } from "next/headers";
import { ELDER_COOKIE, ELDER_CSS } from "@/lib/web/elder-mode";

/**
 * The mode stylesheet: empty in standard mode, the elder styles when the elder cookie is set.
 * Pages link it from <head>, so they stay statically rendered while the mode follows the cookie.
 */
export async function GET() {
  const elder = (await cookies()).get(ELDER_COOKIE)?.value === "1";
  return new Response(elder ? ELDER_CSS : "/* standard mode */\n", {
    headers: {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "no-store",
      vary: "Cookie",
    },
  });
}
