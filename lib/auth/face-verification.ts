import { and, eq } from "drizzle-orm";
import { localFaceSession, registryPerson } from "@/lib/db/schema";
import { isUuid } from "@/lib/db/driver";
import type { DbOrTx } from "@/lib/db/types";
import { demoMode } from "@/lib/deployment";

/** What a face-verification provider says about one of its sessions. */
export type FaceOutcome = "passed" | "failed" | "pending";

/** Whom to check: the registry person the resident claims to be. */
export type FacePerson = { id: string; name: string; idNumber: string };

/**
 * 刷脸认证 through a provider (docs/decisions/0012). Real providers are asynchronous: `start` opens a
 * session for the person (the provider compares a live face with the photo behind the ID number) and
 * answers with the provider's session id; the resident does the check on the provider's page or app;
 * `result` is then asked, as often as needed, until it is no longer "pending". The adapter never
 * decides a binding: lib/auth/proofing.ts does, with the attempts it counts itself. Both calls run
 * inside the use case's transaction (the local adapter writes its own table; a remote one calls out).
 */
export interface FaceVerifier {
  /** The provider's name, stored with every check. */
  readonly provider: string;
  start(db: DbOrTx, person: FacePerson, at: Date): Promise<{ sessionId: string }>;
  result(db: DbOrTx, sessionId: string, at: Date): Promise<FaceOutcome>;
}

/**
 * The local adapter, the stand-in for a provider: a session is a row in local_face_session, and a
 * tester decides it (pass or fail) on the demo face page /[locale]/dev/face/<session id>, which exists
 * only in demo mode. It behaves like a provider: pending until decided, then passed or failed, once.
 */
export const localFaceVerifier: FaceVerifier = {
  provider: "local",
  async start(db, person, at) {
    const [row] = await db.insert(localFaceSession).values({ personId: person.id, outcome: "pending", createdAt: at }).returning({ id: localFaceSession.id });
    if (!row) throw new Error("face session not created");
    return { sessionId: row.id };
  },
  async result(db, sessionId) {
    if (!isUuid(sessionId)) return "failed";
    const [row] = await db.select({ outcome: localFaceSession.outcome }).from(localFaceSession).where(eq(localFaceSession.id, sessionId));
    return row?.outcome ?? "failed";
  },
};

/**
 * The face adapter this deployment has: the local one on a demo server, in development and tests;
 * none in production until a provider's adapter is configured, so production residents are offered
 * the old phone's code and the counter (face is never the only way, and never a local pass).
 */
export function faceVerifier(env: NodeJS.ProcessEnv = process.env): FaceVerifier | null {
  return demoMode(env) ? localFaceVerifier : null;
}

/** The demo face page's view of a local session: whose (the name masked), and whether it is decided. */
export async function localFaceSessionFor(db: DbOrTx, sessionId: string): Promise<{ nameMasked: string; outcome: FaceOutcome } | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await db
    .select({ name: registryPerson.name, outcome: localFaceSession.outcome })
    .from(localFaceSession)
    .innerJoin(registryPerson, eq(registryPerson.id, localFaceSession.personId))
    .where(eq(localFaceSession.id, sessionId));
  if (!row) return null;
  return { nameMasked: maskName(row.name), outcome: row.outcome };
}

/** The tester's choice on the demo face page; a session is decided once. False when there was nothing to decide. */
export async function decideLocalFace(db: DbOrTx, sessionId: string, outcome: "passed" | "failed", at: Date): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const changed = await db
    .update(localFaceSession)
    .set({ outcome, decidedAt: at })
    .where(and(eq(localFaceSession.id, sessionId), eq(localFaceSession.outcome, "pending")))
    .returning({ id: localFaceSession.id });
  return changed.length === 1;
}

/** *国华: every character but the last two hidden (one for a two-character name). */
function maskName(name: string): string {
  const chars = [...name];
  const shown = chars.length <= 2 ? 1 : 2;
  return "*".repeat(chars.length - shown) + chars.slice(-shown).join("");
}
