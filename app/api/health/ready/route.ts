import { getDb } from "@/lib/db/client";
import { readiness } from "@/lib/db/health";

// Readiness: the database answers and carries this build's migrations; a load balancer sends no traffic until it does.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const state = await getDb().then(readiness, () => ({ ready: false as const, problem: "unreachable" as const }));
  return Response.json(state.ready ? { status: "ready" } : { status: "not-ready", problem: state.problem }, {
    status: state.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
