// Liveness: the process answers. Never touches the database, so a slow database does not get the process restarted.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
