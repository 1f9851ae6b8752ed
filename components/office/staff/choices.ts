import { getTranslations } from "next-intl/server";
import type { Choice } from "@/components/form/ChoiceField";
import { ROLE_CHOICES } from "@/lib/forms/office";
import type { Region } from "@/lib/rules";
import type { StaffAccountLabels } from "./StaffAccountForm";

const REGION_CHOICES = ["", "ningbo", "ningxia"] as const satisfies readonly ("" | Region)[];

/** The roles and regions an account may have, as checkboxes and radios, and the labels of the account form. */
export async function accountFormProps(submit: string): Promise<{ roleChoices: Choice[]; regionChoices: Choice[]; labels: StaffAccountLabels }> {
  const t = await getTranslations("office.staff");
  const tRoles = await getTranslations("office.roles");
  const tHints = await getTranslations("office.roleHints");
  const tRegions = await getTranslations("office.regions");
  const tErrors = await getTranslations("office.errors");
  const tForm = await getTranslations("form");
  return {
    roleChoices: ROLE_CHOICES.map((role) => ({ value: role, label: tRoles(role), hint: tHints(role) })),
    regionChoices: REGION_CHOICES.map((region) => ({ value: region, label: region === "" ? tRegions("all") : tRegions(region) })),
    labels: {
      summaryTitle: tErrors("summaryTitle"),
      errorPrefix: tForm("errorPrefix"),
      submit,
      staffNumber: t("number"),
      staffNumberHint: t("staffNumberHint"),
      name: t("name"),
      nameHint: t("nameHint"),
      roles: t("rolesLegend"),
      rolesHint: t("rolesHint"),
      region: t("regionLegend"),
      regionHint: t("regionHint"),
      issued: { title: t("createdTitle"), body: t("created", { name: "{name}", number: "{number}" }), password: t("oneTimePassword"), note: t("oneTimePasswordNote") },
    },
  };
}

/** A staff member's region as words. */
export async function regionName(region: string | null): Promise<string> {
  const tRegions = await getTranslations("office.regions");
  return region === "ningbo" || region === "ningxia" ? tRegions(region) : tRegions("all");
}
