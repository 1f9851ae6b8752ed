/**
 * Whether a POST comes from the portal's own pages: its Origin names the host the request was sent
 * to (X-Forwarded-Host behind a proxy, else Host), as Next.js checks for server actions. A request
 * without Origin is let through unless Sec-Fetch-Site says cross-site: browsers send Origin with
 * every form POST, so only hand-made requests lack it, and those carry only their own cookies.
 * "Origin: null" (a sandboxed frame, a cross-site redirect) is refused.
 */
export function isSameOriginPost(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  if (host === "") return false;
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}
