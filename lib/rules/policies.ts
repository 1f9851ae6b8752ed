import type { AssistanceCode, PolicyDescription } from "./schema";

export type Pack = { id: string };

export function listPolicies(options: { today: string }): PolicyDescription[] {
  void options;
  return [];
}

export function getPack(id: string, today: string): Pack | undefined {
  void today;
  void id;
  return undefined;
}

export function assistanceCodes(packId: string): { code: AssistanceCode; label: string }[] {
  void packId;
  return [];
}
