import { NextResponse } from "next/server";
import { readFormBody } from "@/lib/api/body";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { ROSTER_FILE_LIMIT_BYTES, rosterFileRefusal, rosterText } from "@/lib/registry/roster-file";
import { stageRosterUpload } from "@/lib/services/office/rosters";
import { requireStaff } from "@/lib/web/require-staff";
import { isSameOriginPost } from "@/lib/web/same-origin";

/** The form's other fields and the multipart framing, besides the file itself. */
const FRAMING_BYTES = 16 * 1024;

/**
 * The roster upload of the office console (a file does not fit a server action's 64 KiB): a
 * same-origin multipart post from a clerk, refused over 5 MB before it is read, then checked to be
 * a UTF-8 CSV file and kept for its preview. Answers with a redirect (303): to the preview, or back
 * to the roster page with the reason.
 */
export async function POST(request: Request) {
  if (!isSameOriginPost(request.headers)) return new Response(null, { status: 403 });
  const param = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(param) ? param : defaultLocale;
  const actor = await requireStaff(locale, "clerk");
  // A relative Location: the host the server sees may differ from the one the browser used.
  const back = (path: string) => new NextResponse(null, { status: 303, headers: { location: `/${locale}/office/rosters${path}` } });
  const read = await readFormBody(request, ROSTER_FILE_LIMIT_BYTES + FRAMING_BYTES);
  if (!read.ok) return back("?refused=too-large");
  const file = read.form?.get("file");
  const refusal = rosterFileRefusal(file instanceof File ? file : null);
  if (refusal || !(file instanceof File)) return back(`?refused=${refusal ?? "no-file"}`);
  const text = rosterText(new Uint8Array(await file.arrayBuffer()));
  if (!text.ok) return back("?refused=not-csv");
  const pack = read.form?.get("pack");
  const staged = await stageRosterUpload(await getDb(), actor, { packId: typeof pack === "string" ? pack : "", fileName: file.name, csv: text.text }, now(), today());
  return staged.ok ? back(`/${staged.uploadId}`) : back(`?refused=${staged.reason}`);
}
