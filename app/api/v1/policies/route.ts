import { today } from "@/lib/clock";
import { handlePolicies } from "@/lib/api/handlers";

// Which packs are projected depends on today.
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handlePolicies(today);
}
