import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import type { FormStateAction } from "@/lib/forms/form-state";
import { CodeForm } from "./CodeForm";

/**
 * The layout of a page that asks for a code sent by SMS (sign-in's code, the old phone's code): back
 * link, what happened before (`notices`), heading with where the code went, the code form, then what
 * to do when no code comes (`children`).
 */
export async function CodeStep({
  back,
  heading,
  form,
  notices,
  children,
}: {
  back: { href: string; text: string };
  heading: { caption: string; lead: string; title: string };
  form: { action: FormStateAction; messages: Record<string, string>; submit: string; code: string; codeHint: string };
  notices?: ReactNode;
  children: ReactNode;
}) {
  const tErrors = await getTranslations("signIn.errors");
  const tForm = await getTranslations("form");
  return (
    <>
      <StepHeader backHref={back.href} backText={back.text} />
      {notices}
      <PageHeading caption={heading.caption} lead={heading.lead}>
        {heading.title}
      </PageHeading>
      <CodeForm
        action={form.action}
        messages={form.messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: form.submit, code: form.code, codeHint: form.codeHint }}
      />
      {children}
    </>
  );
}
