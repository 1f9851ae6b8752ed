/**
 * 家庭共济's one typed form: the 6-digit code the relative read out. Shared by the browser
 * (react-hook-form) and the server action; messages are keys of family.errors. zod/mini keeps the
 * browser's share small.
 */
import * as z from "zod/mini";

export const bindingCodeSchema = z.object({
  code: z.string().check(
    z.superRefine((value, ctx) => {
      const code = value.replace(/\s/g, "");
      if (code === "") ctx.addIssue({ code: "custom", input: value, message: "codeRequired" });
      else if (!/^\d{6}$/.test(code)) ctx.addIssue({ code: "custom", input: value, message: "codeFormat" });
    }),
  ),
});

export type FamilyErrorKey = "codeRequired" | "codeFormat" | "codeWrong" | "codeExpired" | "codeLocked" | "bindingGone";
