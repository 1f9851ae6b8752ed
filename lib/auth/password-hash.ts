import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Staff passwords, hashed with scrypt (RFC 7914; memory-hard: each guess costs 128·N·r bytes, here
 * 32 MiB). The hash names its own parameters in the PHC string format,
 * `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (base64 without padding), so that they can be raised later:
 * a stored hash with weaker parameters still verifies, and `needsRehash` says to replace it at the
 * next sign-in (docs/decisions/0015).
 */
export const PASSWORD_HASH = { ln: 15, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;

type Parameters = { ln: number; r: number; p: number };

/** The most memory one verification may take: parameters beyond it are refused rather than run. */
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, keyBytes: number, { ln, r, p }: Parameters): Promise<Buffer> {
  const N = 2 ** ln;
  const options: ScryptOptions = { N, r, p, maxmem: Math.min(MAX_MEMORY, 256 * N * r) };
  return new Promise((resolve, reject) => scrypt(normalize(password), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Unicode passwords compare as the same characters however the keyboard composed them (NIST SP 800-63B §5.1.1.2). */
function normalize(password: string): string {
  return password.normalize("NFKC");
}

const b64 = (bytes: Buffer) => bytes.toString("base64").replace(/=+$/, "");

export async function hashPassword(password: string, parameters: Parameters = PASSWORD_HASH): Promise<string> {
  const salt = randomBytes(PASSWORD_HASH.saltBytes);
  const key = await derive(password, salt, PASSWORD_HASH.keyBytes, parameters);
  return `$scrypt$ln=${parameters.ln},r=${parameters.r},p=${parameters.p}$${b64(salt)}$${b64(key)}`;
}

type Parsed = Parameters & { salt: Buffer; key: Buffer };

function parse(stored: string): Parsed | null {
  const match = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(stored);
  if (!match) return null;
  const [ln, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (ln < 1 || ln > 24 || r < 1 || p < 1 || 128 * 2 ** ln * r > MAX_MEMORY) return null;
  return { ln, r, p, salt: Buffer.from(match[4]!, "base64"), key: Buffer.from(match[5]!, "base64") };
}

/** Whether the password is the one hashed; a malformed hash never verifies. Compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.key.length < 16) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed);
  return timingSafeEqual(key, parsed.key);
}

/** Whether the hash was made with weaker parameters than today's, and should be replaced when the password is next known. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.ln < PASSWORD_HASH.ln || parsed.r < PASSWORD_HASH.r || parsed.p < PASSWORD_HASH.p || parsed.key.length < PASSWORD_HASH.keyBytes;
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of one verification on a hash nobody's password matches: for a staff number that
 * does not exist, so that the answer takes as long as a wrong password's.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(password, await decoy);
  return false;
}
