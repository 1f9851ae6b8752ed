/**
 * The sign-in forms' schemas, shared by the browser (react-hook-form) and the server actions.
 * Messages are keys of signIn.errors, translated where they are shown.
 */
import * as z from "zod/mini";
import { codeField, idNumberField, nameField, phoneField, type CodeErrorKey, type IdNumberErrorKey, type NameErrorKey, type PhoneErrorKey } from "./fields";

export const phoneStepSchema = z.object({ phone: phoneField() });

export const codeStepSchema = z.object({ code: codeField() });

export const realNameStepSchema = z.object({ name: nameField(), idNumber: idNumberField() });

export type ErrorKey = PhoneErrorKey | CodeErrorKey | NameErrorKey | IdNumberErrorKey;
