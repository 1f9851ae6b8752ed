"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent, type FormEvent, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { CheckboxField, RadioField } from "@/components/form/ChoiceField";
import { DateField } from "@/components/form/DateField";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { stepSchema, type StepContexts, type StepId } from "@/lib/check/steps";
import { readForm } from "@/lib/forms/form-data";
import { initialFormState, type FormStateAction, type RawValue, type RawValues } from "@/lib/forms/form-state";
import type { FieldView } from "./field-view";

type Labels = { caption: string; continue: string; errorSummaryTitle: string; errorPrefix: string; date: { year: string; month: string; day: string } };

type Props<S extends StepId> = {
  step: S;
  /** What the page's schema needs from earlier answers: the same schema as the server action's. */
  context: StepContexts[S];
  action: FormStateAction<RawValues>;
  /** The page's h1 when it has several questions; otherwise the first question is the heading. */
  heading?: string;
  fields: FieldView[];
  initial: RawValues;
  /** The translated text of every error key the page's schema can give (the browser's own errors; the server's come translated). */
  errorTexts: Record<string, string>;
  labels: Labels;
};

const noSubscription = () => () => {};
const text = (value: RawValue) => (typeof value === "string" ? value : undefined);
const list = (value: RawValue) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []);
const nameOf = (target: unknown) => (target as { name?: unknown } | null)?.name?.toString() ?? "";
/** "birthDate.year" belongs to the question "birthDate". */
const questionOf = (inputName: string) => inputName.split(".")[0] ?? inputName;

/**
 * One page of the eligibility check. Without JavaScript it is a plain form posting to the server
 * action, which validates and answers with the errors and what was entered. With JavaScript,
 * react-hook-form validates the same schema as the resident goes (a question once left, then at
 * each change) and before sending.
 */
export function QuestionForm<S extends StepId>({ step, context, action, heading, fields, initial, errorTexts, labels }: Props<S>) {
  const [state, formAction, pending] = useActionState(action, initialFormState(initial));
  const schema = useMemo(() => stepSchema(step, context), [step, context]);
  const { setValue, trigger, formState } = useForm<RawValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<RawValues>,
    defaultValues: state.values,
  });
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RawValues>(state.values);
  // Questions the browser has validated; the others show the server's errors, if any.
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    setShownState(state);
    setChecked(new Set());
  }
  const names = fields.map((field) => field.name);

  const read = (form: HTMLFormElement) => {
    const raw = readForm(new FormData(form));
    setValues(raw);
    for (const name of names) setValue(name, raw[name]);
    return raw;
  };
  const validate = (questions: string[]) => {
    setChecked((before) => new Set([...before, ...questions]));
    return trigger(questions);
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    read(event.currentTarget);
    const question = questionOf(nameOf(event.target));
    if (checked.has(question)) void validate([question]);
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const question = questionOf(nameOf(event.target));
    const next = nameOf(event.relatedTarget);
    // Moving between the parts of one question (year → month, radio → radio) is not leaving it.
    if (!names.includes(question) || (next && questionOf(next) === question)) return;
    read(event.currentTarget);
    void validate([question]);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const raw = read(event.currentTarget);
    if (schema.safeParse(raw).success) return; // React sends the form to the server action.
    event.preventDefault();
    void validate(names).then(() => requestAnimationFrame(() => document.getElementById("error-summary")?.focus()));
  };

  const serverErrors = new Map(state.errors.map((error) => [error.field, error.message]));
  const clientErrors = formState.errors as Record<string, { message?: string } | undefined>;
  const errorOf = (name: string): string | undefined => {
    if (!checked.has(name)) return serverErrors.get(name);
    const key = clientErrors[name]?.message;
    return key ? (errorTexts[key] ?? key) : undefined;
  };
  const errors = names.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ field, message }] : [];
  });

  const render = (field: FieldView): ReactNode => {
    const label = field.heading ? <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{field.label}</h1> : field.label;
    const chrome = { name: field.name, label, hint: field.hint, error: errorOf(field.name), errorPrefix: labels.errorPrefix };
    switch (field.kind) {
      case "radio":
        return <RadioField key={field.name} {...chrome} legendAsHeading={field.heading} choices={field.choices ?? []} selected={text(values[field.name])} />;
      case "checkbox":
        return <CheckboxField key={field.name} {...chrome} legendAsHeading={field.heading} choices={field.choices ?? []} selected={list(values[field.name])} />;
      case "date":
        return <DateField key={field.name} {...chrome} labels={labels.date} value={values[field.name] as Record<string, string> | undefined} />;
      case "number":
        return <TextField key={field.name} {...chrome} inputMode="numeric" width="short" autoComplete="off" defaultValue={text(values[field.name])} />;
    }
  };

  // Questions that depend on another answer on the page come in groups, each under its condition.
  const groups: { when?: FieldView["when"]; fields: FieldView[] }[] = [];
  for (const field of fields) {
    const last = groups.at(-1);
    if (last && field.when && last.when?.value === field.when.value && last.when.name === field.when.name) last.fields.push(field);
    else groups.push({ when: field.when, fields: [field] });
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} onBlur={onBlur} noValidate className="max-w-2xl">
      <p className="text-ink-soft mb-1 text-lg">{labels.caption}</p>
      {heading ? <h1 className="mb-6 text-3xl font-bold leading-tight sm:text-4xl">{heading}</h1> : null}
      <ErrorSummary title={labels.errorSummaryTitle} errors={errors} />
      {groups.map((group, index) =>
        group.when ? (
          <div
            key={index}
            hidden={scripted && text(values[group.when.name]) !== group.when.value}
            className="mb-6 border-l-4 border-line pl-4"
          >
            <p className="mb-3 text-lg font-semibold">{group.when.intro}</p>
            {group.fields.map(render)}
          </div>
        ) : (
          group.fields.map(render)
        ),
      )}
      {/* The primary button's look (components/ui/Button), without its module's link import in the browser bundle. */}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 items-center justify-center rounded bg-brand px-5 py-2 text-lg font-semibold text-white shadow-[0_2px_0_#111827] hover:bg-brand-dark"
      >
        {labels.continue}
      </button>
    </form>
  );
}
