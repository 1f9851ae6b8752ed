import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import type { BindingView } from "@/lib/services/family/my-family";

/** 撤销: a confirmation step before the binding ends; what was paid stays paid. */
export async function RevokeView({ binding, revoke }: { binding: BindingView; revoke: (data: FormData) => Promise<void> }) {
  const t = await getTranslations("family");
  const name = binding.otherName;
  const pending = binding.status === "pending";
  return (
    <>
      <PageHeading caption={t("caption")} lead={t(pending ? "revoke.leadPending" : "revoke.lead", { name })}>
        {t(pending ? "revoke.titlePending" : "revoke.title", { name })}
      </PageHeading>
      <div className="flex flex-wrap gap-4">
        <form action={revoke}>
          <input type="hidden" name="bindingId" value={binding.id} />
          <Button variant="warning">{t(pending ? "revoke.submitPending" : "revoke.submit")}</Button>
        </form>
        <ButtonLink href={`/family/${binding.id}`} variant="secondary">
          {t("revoke.keep")}
        </ButtonLink>
      </div>
    </>
  );
}
