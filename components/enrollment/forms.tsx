"use client";

import { OneTimeCodeForm } from "@/components/form/OneTimeCodeField";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { consentCodeSchema, correctionSchema, detailsSchema, relativeSchema, type DetailsNeeds } from "@/lib/forms/enrollment";
import { Radios } from "./Radios";

type Common = { action: FormStateAction; messages: Record<string, string>; labels: Record<string, string>; values?: Record<string, string> };

function Submit({ text, pending }: { text: string; pending: boolean }) {
  return (
    <button type="submit" className={buttonClass()} disabled={pending}>
      {text}
    </button>
  );
}

/** J3 step 2: contact phone and the permit numbers the route needs. */
export function DetailsForm({ action, messages, labels, values, needs }: Common & { needs: DetailsNeeds }) {
  const form = useServerForm({
    schema: detailsSchema(needs),
    action,
    initial: initialFormState(values),
    fields: ["contactPhone", "permitNumber", "parentPermitNumber"],
    messages,
  });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle!} errors={form.errors} />
      <TextField
        label={labels.contactPhone}
        hint={labels.contactPhoneHint}
        error={form.errorFor("contactPhone")}
        errorPrefix={labels.errorPrefix!}
        type="tel"
        inputMode="numeric"
        autoComplete="tel-national"
        width="short"
        defaultValue={form.values.contactPhone}
        {...form.register("contactPhone")}
      />
      {needs.permitNumber ? (
        <TextField label={labels.permitNumber} hint={labels.permitNumberHint} error={form.errorFor("permitNumber")} errorPrefix={labels.errorPrefix!} defaultValue={form.values.permitNumber} {...form.register("permitNumber")} />
      ) : (
        <input type="hidden" value="" {...form.register("permitNumber")} />
      )}
      {needs.parentPermitNumber ? (
        <TextField
          label={labels.parentPermitNumber}
          hint={labels.parentPermitNumberHint}
          error={form.errorFor("parentPermitNumber")}
          errorPrefix={labels.errorPrefix!}
          defaultValue={form.values.parentPermitNumber}
          {...form.register("parentPermitNumber")}
        />
      ) : (
        <input type="hidden" value="" {...form.register("parentPermitNumber")} />
      )}
      <Submit text={labels.submit!} pending={form.pending} />
    </form>
  );
}

/** An adult relative: name, ID number, relationship. */
export function RelativeForm({ action, messages, labels, relations }: Common & { relations: { value: string; label: string }[] }) {
  const form = useServerForm({ schema: relativeSchema, action, initial: initialFormState(), fields: ["name", "idNumber", "relation"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle!} errors={form.errors} />
      <TextField label={labels.name} error={form.errorFor("name")} errorPrefix={labels.errorPrefix!} autoComplete="off" defaultValue={form.values.name} {...form.register("name")} />
      <TextField
        label={labels.idNumber}
        error={form.errorFor("idNumber")}
        errorPrefix={labels.errorPrefix!}
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.values.idNumber}
        {...form.register("idNumber")}
      />
      <Radios label={labels.relation!} error={form.errorFor("relation")} errorPrefix={labels.errorPrefix!} choices={relations} selected={form.values.relation} registration={form.register("relation")} />
      <Submit text={labels.submit!} pending={form.pending} />
    </form>
  );
}

/** The 6-digit code the relative read out. */
export function ConsentCodeForm({ action, messages, labels }: Common) {
  const codeLabels = { summaryTitle: labels.summaryTitle!, errorPrefix: labels.errorPrefix!, code: labels.code!, codeHint: labels.codeHint!, submit: labels.submit! };
  return <OneTimeCodeForm schema={consentCodeSchema} action={action} messages={messages} labels={codeLabels} />;
}

/** "This is wrong": which fact, and what is right. */
export function CorrectionForm({ action, messages, labels, facts }: Common & { facts: { value: string; label: string }[] }) {
  const form = useServerForm({ schema: correctionSchema, action, initial: initialFormState(), fields: ["fact", "note"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle!} errors={form.errors} />
      <Radios label={labels.fact!} error={form.errorFor("fact")} errorPrefix={labels.errorPrefix!} choices={facts} selected={form.values.fact} registration={form.register("fact")} />
      <TextField label={labels.note} hint={labels.noteHint} error={form.errorFor("note")} errorPrefix={labels.errorPrefix!} defaultValue={form.values.note} {...form.register("note")} />
      <Submit text={labels.submit!} pending={form.pending} />
    </form>
  );
}
