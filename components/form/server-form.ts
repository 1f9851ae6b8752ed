import type { FieldError } from "./ErrorSummary";

/**
 * What a form's server action returns (useActionState): the errors to show, translated on the
 * server, and what was entered, so that nothing is lost. Without JavaScript the page is rendered
 * again with it; with JavaScript the form updates in place.
 */
export type ServerFormState = { errors: FieldError[]; values: Record<string, string> };

export type FormAction = (state: ServerFormState, data: FormData) => Promise<ServerFormState>;

export function initialFormState(values: Record<string, string> = {}): ServerFormState {
  return { errors: [], values };
}
