import { safeParse, type $ZodObject, type $ZodShape, type output } from "zod/v4/core";
import { MAX_FIELD_LENGTH } from "./form-data";
import type { FieldError } from "./form-state";

/** A page's search params as Next.js hands them over. */
export type QueryParams = Record<string, string | string[] | undefined>;

export type ParsedQuery<S extends $ZodObject> = {
  /** Each field of the schema as typed (trimmed, cut), or its default when the address does not name it. */
  values: Record<keyof S["_zod"]["def"]["shape"] & string, string>;
  /** One per field, the message a key of the schema's messages. */
  errors: FieldError[];
  data: output<S> | null;
};

/** A GET form's query through its schema, as formAction reads a posted form: the fields only, strings, first error per field. */
export function parseQuery<S extends $ZodObject>(schema: S, params: QueryParams, defaults: Partial<Record<string, string>> = {}): ParsedQuery<S> {
  const shape = schema._zod.def.shape as $ZodShape;
  const values = Object.fromEntries(
    Object.keys(shape).map((field) => {
      const raw = params[field];
      const first = Array.isArray(raw) ? raw[0] : raw;
      return [field, first === undefined ? (defaults[field] ?? "") : first.trim().slice(0, MAX_FIELD_LENGTH)];
    }),
  ) as ParsedQuery<S>["values"];
  const parsed = safeParse(schema, values);
  if (parsed.success) return { values, errors: [], data: parsed.data };
  const seen = new Set<string>();
  const errors = parsed.error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: issue.message }];
  });
  return { values, errors, data: null };
}
