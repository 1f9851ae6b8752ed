import "server-only";
import { getTranslations } from "next-intl/server";
import type { Messages, NamespaceKeys, NestedKeyOf, createTranslator } from "use-intl/core";
import * as z from "zod/mini";
import { safeParse, type $ZodObject, type $ZodShape, type $ZodType, type output } from "zod/v4/core";
import { readForm } from "@/lib/forms/form-data";
import type { FormState, RawValues } from "@/lib/forms/form-state";
import { defaultLocale, type Locale } from "@/lib/i18n/routing";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** Any translator: next-intl's, typed by its namespace, or a plain key → text function. */
type Translate = (key: never, ...rest: never[]) => string;

/** What a form's values are: the schema's fields as strings, or (read: "nested") everything posted. */
export type FormValues<S> = S extends $ZodObject<infer Shape extends $ZodShape> ? { [K in keyof Shape & string]: string } : RawValues;

export type Form<S, T> = {
  values: FormValues<S>;
  /** The translator of the schema's message keys, for the errors the use case gives back. */
  t: T;
  locale: Locale;
  /** The form again with one error, and everything entered kept. */
  error: (field: string, message: string) => FormState<FormValues<S>>;
};

export type FormOptions<S, T> = {
  locale?: Locale;
  /** Translates the schema's message keys (errorsIn("signIn.errors")); without it the keys are shown as they are. */
  messages?: (locale: Locale) => Promise<T>;
  /** Each value is cut to this many characters (a form posts names and codes, not documents). */
  maxLength?: number;
  /** "fields" (the default): the schema's fields as strings, "" when missing. "nested": every name posted, "a.b" nested. */
  read?: "fields" | "nested";
  /** A plain form, answered with a redirect: what to do when the schema refuses what was posted. */
  invalid?: (state: FormState<FormValues<S>>) => Promise<FormState<FormValues<S>>> | FormState<FormValues<S>>;
};

/** The schema of a form that posts nothing but the button (sign out, cancel, start again). */
export const noFields = z.object({});

/** The translator of one namespace of messages, in the action's locale. */
export function errorsIn<NS extends Namespace>(namespace: NS) {
  return (locale: Locale): Promise<ReturnType<typeof createTranslator<Messages, NS>>> => getTranslations({ locale, namespace });
}

/**
 * Every server action's door: read the FormData (lib/forms/form-data), validate it with the
 * schema, and either answer with the translated errors and what was entered (useActionState, with
 * or without JavaScript) or call `run` with the parsed values. What `run` returns is the answer;
 * it usually redirects instead.
 */
export function formAction<S extends $ZodType, T extends Translate = (key: string) => string>(
  schema: S,
  run: (parsed: output<S>, form: Form<S, T>) => Promise<FormState<FormValues<S>> | void>,
  options: FormOptions<S, T> = {},
): (data?: FormData | null) => Promise<FormState<FormValues<S>>> {
  const fields = options.read === "nested" ? null : fieldsOf(schema);
  return async (data) => {
    const locale = options.locale ?? defaultLocale;
    const values = (fields ? readForm(data, { fields, maxLength: options.maxLength }) : readForm(data, { maxLength: options.maxLength })) as FormValues<S>;
    const t = options.messages ? await options.messages(locale) : ((key: string) => key) as unknown as T;
    const translate = t as unknown as (key: string) => string;
    const error = (field: string, message: string) => ({ errors: [{ field, message }], values });
    const parsed = safeParse(schema, values);
    if (!parsed.success) {
      const state = { errors: firstPerField(parsed.error.issues).map((issue) => ({ field: issue.field, message: translate(issue.message) })), values };
      return options.invalid ? options.invalid(state) : state;
    }
    return (await run(parsed.data, { values, t, locale, error })) ?? { errors: [], values };
  };
}

function fieldsOf(schema: $ZodType): string[] {
  const def = schema._zod.def as { type: string; shape?: $ZodShape };
  if (def.type !== "object" || !def.shape) throw new Error(`formAction reads the fields of an object schema, not a ${def.type}; use read: "nested"`);
  return Object.keys(def.shape);
}

/** One error per field: the first the schema gives. */
function firstPerField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { field: string; message: string }[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: issue.message }];
  });
}
