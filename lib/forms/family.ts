/**
 * 家庭共济's one typed form: the 6-digit code the relative read out. Shared by the browser
 * (react-hook-form) and the server action; messages are keys of family.errors.
 */
import * as z from "zod/mini";
import { codeField, type CodeErrorKey } from "./fields";

export const bindingCodeSchema = z.object({ code: codeField() });

export type FamilyErrorKey = CodeErrorKey | "codeWrong" | "codeExpired" | "codeLocked" | "bindingGone";
