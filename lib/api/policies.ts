import { describePack, packsOn } from "@/lib/rules";

/** The body of `GET /api/v1/policies` and of `rules -- policies`. */
export function policiesBody(today: string) {
  return { policies: packsOn(today).map((pack) => describePack(pack)) };
}
