"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, type FormEvent } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";
import type { FieldError, FormState, FormStateAction } from "@/lib/forms/form-state";

/**
 * A form that posts to a server action and, with JavaScript, first validates in the browser with
 * the same zod schema (react-hook-form). Schema messages are keys into `messages`. Errors from the
 * browser replace the server's until the next post.
 */
export function useServerForm<Values extends FieldValues>(options: {
  schema: $ZodType<Values, Values>;
  action: FormStateAction;
  initial: FormState;
  fields: readonly (keyof Values & string)[];
  messages: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(options.action, options.initial);
  const form = useForm<Values>({
    resolver: zodResolver(options.schema),
    defaultValues: state.values as never,
    shouldFocusError: false,
  });
  const clientErrors: FieldError[] = options.fields.flatMap((field) => {
    const message = form.formState.errors[field]?.message;
    return typeof message === "string" ? [{ field, message: options.messages[message] ?? message }] : [];
  });
  const errors = clientErrors.length > 0 ? clientErrors : state.errors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    event.preventDefault();
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(element)));
    })();
  };

  return {
    formProps: { action: formAction, onSubmit, noValidate: true },
    register: form.register,
    errors,
    errorFor: (field: string) => errors.find((e) => e.field === field)?.message,
    values: state.values,
    pending,
  };
}
