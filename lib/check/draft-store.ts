import "server-only";
import { cookies, headers } from "next/headers";
import { now } from "@/lib/clock";
import type { Answers } from "./answers";
import { DRAFT_COOKIE, DRAFT_MAX_AGE_SECONDS, cookieSecret, draftKey, sealDraft, unsealDraft } from "./draft-cookie";

let key: { secret: string; key: Buffer } | undefined;

function currentKey(): Buffer {
  const secret = cookieSecret();
  if (key?.secret !== secret) key = { secret, key: draftKey(secret) };
  return key.key;
}

/** The answers of the check in progress; none when there is no draft, or it was changed or has expired. */
export async function readDraft(): Promise<Answers> {
  const token = (await cookies()).get(DRAFT_COOKIE)?.value;
  if (!token) return {};
  const opened = unsealDraft(token, currentKey(), now().getTime());
  return opened.ok ? opened.answers : {};
}

/** Only from a server action: pages cannot set cookies. */
export async function saveDraft(answers: Answers): Promise<void> {
  const https = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  (await cookies()).set(DRAFT_COOKIE, sealDraft(answers, currentKey(), now().getTime()), {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    maxAge: DRAFT_MAX_AGE_SECONDS,
  });
}

export async function clearDraft(): Promise<void> {
  (await cookies()).delete(DRAFT_COOKIE);
}
