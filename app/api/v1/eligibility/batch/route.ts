import { today } from "@/lib/clock";
import { handleBatch } from "@/lib/api/handlers";

// Requests without asOf are answered as of today.
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleBatch(request, today);
}
