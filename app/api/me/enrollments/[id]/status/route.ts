import { peekSession } from "@/lib/auth/request";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { enrollmentStatus } from "@/lib/services/enrollment/my-enrollments";
import { isUuid } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

/** The status of one enrollment (polled: reads the session without extending it), for react-query on My enrollments: only for someone who may act for the person. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const session = await peekSession();
  if (!session?.personId) return new Response(JSON.stringify({ error: { code: "unauthenticated" } }), { status: 401, headers: NO_STORE });
  const { id } = await params;
  const found = isUuid(id) ? await enrollmentStatus(await getDb(), { accountId: session.accountId, personId: session.personId }, id, today()) : null;
  if (!found) return new Response(JSON.stringify({ error: { code: "not-found" } }), { status: 404, headers: NO_STORE });
  return new Response(JSON.stringify(found), { status: 200, headers: NO_STORE });
}
