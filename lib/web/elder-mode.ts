/** Elder mode (长辈版) is a preference kept in a cookie so that it works without JavaScript. */
export const ELDER_COOKIE = "portal-elder";

/**
 * Styles of elder mode, served as /mode.css when the cookie is set: body text 20px (the root size
 * grows to 125%, so every rem grows with it), targets at least 48px, text contrast at least 7:1,
 * one column.
 */
export const ELDER_CSS = `
html { font-size: 125%; }
body { line-height: 1.7; }
.when-elder { display: revert !important; }
.when-standard { display: none !important; }
.elder-hide { display: none !important; }
[data-columns] { grid-template-columns: minmax(0, 1fr) !important; }
a, button, input, select, textarea, summary, label { min-height: 48px; }
:where(main, footer) a { display: inline-block; padding-block: 0.4rem; }
:where(main, footer) :where(p, li, dd, dt, td, th, label, span, input) { color: #111827; }
.text-ink-soft { color: #1f2937 !important; }
:where(main, footer) a { color: #072f52; }
`;

const BASE = "http://portal.invalid";

/**
 * Only same-site paths may be returned to after the preference is saved. The answer is a Location
 * header, so it is given percent-encoded (a header holds bytes, not 中文); a path with a broken
 * `%` escape, or one a URL parser would take off the site, gets the fallback.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    decodeURIComponent(value);
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("//") ? fallback : path;
  } catch {
    return fallback;
  }
}
