import { handleOpenApi } from "@/lib/api/handlers";

export function GET(): Promise<Response> {
  return handleOpenApi();
}
