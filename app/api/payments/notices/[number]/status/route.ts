import { peekSession } from "@/lib/auth/request";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { noticeStatus } from "@/lib/services/payment/payables";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** A payment notice's state, for the page's polling (reads the session without extending it): only for someone who may act for the person. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  const session = await peekSession();
  if (!session?.personId) return Response.json({ error: { code: "unauthenticated" } }, { status: 401, headers: NO_STORE });
  const { number } = await params;
  const found = isValidNoticeNumber(number)
    ? await noticeStatus(await getDb(), { accountId: session.accountId, personId: session.personId }, normalizeNoticeNumber(number), today())
    : null;
  if (!found) return Response.json({ error: { code: "not-found" } }, { status: 404, headers: NO_STORE });
  return Response.json(found, { status: 200, headers: NO_STORE });
}
