import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { OfficeFormState } from "@/lib/forms/office";
import { Link } from "@/lib/i18n/navigation";
import { accountFormProps } from "./choices";
import { StaffAccountForm } from "./StaffAccountForm";

/** 新建工作人员账户. */
export async function NewStaffView({ action }: { action: (state: OfficeFormState, data: FormData) => Promise<OfficeFormState> }) {
  const t = await getTranslations("office.staff");
  return (
    <>
      <PageHeading caption={t("title")} lead={t("newLead")}>
        {t("newTitle")}
      </PageHeading>
      <StaffAccountForm mode="create" action={action} initial={{ errors: [], values: { region: "" } }} {...await accountFormProps(t("submitCreate"))} />
      <p className="mt-8">
        <Link href="/office/staff">{t("backToList")}</Link>
      </p>
    </>
  );
}
