import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { answersSchema, type Answers } from "./answers";

/**
 * The eligibility check's answers live in the browser, in a cookie sealed with AES-256-GCM: the
 * resident cannot read it (a birth date is personal data) and the server rejects any change to it.
 * It expires 24 hours after the last answer. See docs/decisions/0006-eligibility-journey-as-data.md.
 */
export const DRAFT_COOKIE = "portal-check";
export const DRAFT_MAX_AGE_SECONDS = 24 * 60 * 60;
const FORMAT = "v1";
// A little leeway for instants issued by another instance with a slightly fast clock.
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type Unsealed = { ok: true; answers: Answers; issuedAt: number } | { ok: false; reason: "malformed" | "tampered" | "expired" };

export function draftKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "portal-check-draft", `aes-256-gcm ${FORMAT}`, 32));
}

export function sealDraft(answers: Answers, key: Buffer, nowMs: number): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(FORMAT));
  const body = Buffer.concat([cipher.update(JSON.stringify({ issuedAt: nowMs, answers }), "utf8"), cipher.final()]);
  return [FORMAT, iv, body, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function unsealDraft(token: string, key: Buffer, nowMs: number): Unsealed {
  const [format, iv, body, tag, ...rest] = token.split(".");
  if (format !== FORMAT || !iv || !body || !tag || rest.length > 0) return { ok: false, reason: "malformed" };
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  // GCM accepts tags cut down to 4 bytes, each a prefix of the full one: only the full 16 bytes are ours.
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) return { ok: false, reason: "tampered" };
  let json: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(FORMAT));
    decipher.setAuthTag(tagBytes);
    json = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return { ok: false, reason: "tampered" };
  }
  const payload = JSON.parse(json) as { issuedAt?: unknown; answers?: unknown };
  const issuedAt = typeof payload.issuedAt === "number" ? payload.issuedAt : NaN;
  if (!(nowMs - issuedAt <= DRAFT_MAX_AGE_SECONDS * 1000 && issuedAt - nowMs <= CLOCK_SKEW_MS)) return { ok: false, reason: "expired" };
  const answers = answersSchema.safeParse(payload.answers);
  return answers.success ? { ok: true, answers: answers.data, issuedAt } : { ok: false, reason: "malformed" };
}

let cachedSecret: { source: string; secret: string } | undefined;

/**
 * PORTAL_COOKIE_SECRET (at least 32 characters). Without it, development, tests and the demo
 * (PORTAL_DEMO=1) use a random secret generated once into <PORTAL_DATA_DIR or .data>/cookie-secret;
 * production refuses to run without it.
 */
export function cookieSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PORTAL_COOKIE_SECRET;
  if (configured !== undefined && configured !== "") {
    if (configured.length < 32) throw new Error("PORTAL_COOKIE_SECRET must be at least 32 characters long.");
    return configured;
  }
  if (env.NODE_ENV === "production" && env.PORTAL_DEMO !== "1") {
    throw new Error(
      "PORTAL_COOKIE_SECRET is not set. The eligibility check seals its answers with it; set it to a random string of 32 or more characters (for example `openssl rand -base64 48`), the same on every instance.",
    );
  }
  const file = path.join(env.PORTAL_DATA_DIR || ".data", "cookie-secret");
  if (cachedSecret?.source === file) return cachedSecret.secret;
  const secret = readOrCreate(file);
  cachedSecret = { source: file, secret };
  return secret;
}

function readOrCreate(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
