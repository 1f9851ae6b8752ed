/** What a form posts, before validation: strings, lists of strings for repeated names, and "a.b" nested. */
export type RawValue = string | string[] | RawValues | undefined;
export type RawValues = { [name: string]: RawValue };

/**
 * FormData → a plain object, the same on the server (a posted form) and in the browser (the form
 * as it stands), so both validate exactly the same thing. "birthDate.year" nests under birthDate;
 * a name sent twice becomes a list; Next.js's own "$ACTION…" fields and files are dropped.
 */
export function rawFromFormData(data: FormData): RawValues {
  const raw: RawValues = {};
  for (const [name, value] of data.entries()) {
    if (name.startsWith("$") || typeof value !== "string") continue;
    const path = name.split(".");
    const leaf = path.pop()!;
    let node = raw;
    for (const segment of path) {
      const next = node[segment];
      node = typeof next === "object" && !Array.isArray(next) ? next : (node[segment] = {});
    }
    const existing = node[leaf];
    node[leaf] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : typeof existing === "string" ? [existing, value] : value;
  }
  return raw;
}
