/** What a form posts, before validation: strings, lists of strings for repeated names, and "a.b" nested. */
export type RawValue = string | string[] | RawValues | undefined;
export type RawValues = { [name: string]: RawValue };

export type FieldError = { field: string; message: string };

/**
 * What a form's server action answers (useActionState): the errors to show, translated on the
 * server, and what was entered, so that nothing is lost. Without JavaScript the page is rendered
 * again with it; with JavaScript the form updates in place.
 */
export type FormState<Values extends RawValues = Record<string, string>> = { errors: FieldError[]; values: Values };

/** A server action as useActionState takes it (bound to its locale and ids). */
export type FormStateAction<Values extends RawValues = Record<string, string>> = (state: FormState<Values>, data: FormData) => Promise<FormState<Values>>;

export function initialFormState<Values extends RawValues = Record<string, string>>(values: Values = {} as Values): FormState<Values> {
  return { errors: [], values };
}
