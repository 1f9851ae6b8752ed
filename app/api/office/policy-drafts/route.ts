import { NextResponse } from "next/server";
import { readFormBody } from "@/lib/api/body";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { DRAFT_LIMIT_BYTES, draftFileRefusal, draftText } from "@/lib/rules";
import { stagePolicyDraft } from "@/lib/services/office/policy-drafts";
import { requireStaff } from "@/lib/web/require-staff";
import { isSameOriginPost } from "@/lib/web/same-origin";

/** The form's other fields and the multipart framing, besides the file itself. */
const FRAMING_BYTES = 16 * 1024;

/**
 * The draft pack upload of the office console: a same-origin multipart post from a reviewer or an
 * administrator, refused over 256 KB before it is read, then checked to be UTF-8 YAML and kept
 * for its preview. Answers with a redirect (303): to the preview, or back with the reason.
 */
export async function POST(request: Request) {
  if (!isSameOriginPost(request.headers)) return new Response(null, { status: 403 });
  const param = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(param) ? param : defaultLocale;
  const actor = await requireStaff(locale, "reviewer", "admin");
  // A relative Location: the host the server sees may differ from the one the browser used.
  const back = (path: string) => new NextResponse(null, { status: 303, headers: { location: `/${locale}/office/policies${path}` } });
  const read = await readFormBody(request, DRAFT_LIMIT_BYTES + FRAMING_BYTES);
  if (!read.ok) return back("?refused=too-large");
  const file = read.form?.get("file");
  const refusal = draftFileRefusal(file instanceof File ? file : null);
  if (refusal || !(file instanceof File)) return back(`?refused=${refusal ?? "no-file"}`);
  const text = draftText(new Uint8Array(await file.arrayBuffer()));
  if (!text.ok) return back(`?refused=${text.reason}`);
  const staged = await stagePolicyDraft(await getDb(), actor, { fileName: file.name, text: text.text }, now());
  return staged.ok ? back(`/drafts/${staged.draftId}`) : back(`?refused=${staged.reason}`);
}
