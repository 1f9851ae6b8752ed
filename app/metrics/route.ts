import { answerMetrics } from "@/lib/observability/metrics-endpoint";

// Prometheus scrapes this behind PORTAL_METRICS_TOKEN (README, "Production").
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return answerMetrics(request.headers.get("authorization"));
}
