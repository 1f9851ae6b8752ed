import type { RawValues } from "./form-state";

/** The most characters read from a field that holds an id, a code, a name or a phone number. */
export const MAX_FIELD_LENGTH = 200;

/**
 * FormData → plain values: the one reader of what a form posts, on the server (lib/web/form-action)
 * and in the browser (J1 validates the form as it stands), so both see exactly the same thing.
 *
 * With `fields`: those names as strings, "" for a missing name or a file. Without: every name,
 * "birthDate.year" nested under birthDate, a name sent twice as a list; Next.js's own "$ACTION…"
 * fields and files are dropped. With `maxLength`, every value is cut to that many characters.
 */
export function readForm<K extends string>(data: FormData | null | undefined, options: { fields: readonly K[]; maxLength?: number }): Record<K, string>;
export function readForm(data: FormData | null | undefined, options?: { maxLength?: number }): RawValues;
export function readForm(data: FormData | null | undefined, options: { fields?: readonly string[]; maxLength?: number } = {}): RawValues {
  const cut = (value: string) => (options.maxLength === undefined ? value : value.slice(0, options.maxLength));
  if (options.fields) {
    return Object.fromEntries(
      options.fields.map((name) => {
        const value = data?.get(name);
        return [name, typeof value === "string" ? cut(value) : ""];
      }),
    );
  }
  const raw: RawValues = {};
  for (const [name, entry] of data?.entries() ?? []) {
    if (name.startsWith("$") || typeof entry !== "string") continue;
    const value = cut(entry);
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
