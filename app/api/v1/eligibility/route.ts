import { today } from "@/lib/clock";
import { handleEligibility } from "@/lib/api/handlers";

// Requests without asOf are answered as of today.
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleEligibility(request, today);
}
