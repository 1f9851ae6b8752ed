import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets the server must read back (a staff member's TOTP secret), kept sealed at rest with
 * AES-256-GCM under a key derived (HKDF-SHA256) from one of the named secrets for one purpose. The
 * additional data binds a sealed value to its row: copied to another row it does not open.
 */
const FORMAT = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealingKey(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "portal-seal", `${purpose} aes-256-gcm ${FORMAT}`, 32));
}

export function seal(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`${FORMAT}\u0000${boundTo}`));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [FORMAT, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The plaintext, or null when the value was sealed under another key, for another row, or changed. */
export function unseal(key: Buffer, sealed: string, boundTo: string): string | null {
  const [format, iv, body, tag, ...rest] = sealed.split(".");
  if (format !== FORMAT || !iv || body === undefined || !tag || rest.length > 0) return null;
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(`${FORMAT}\u0000${boundTo}`));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
