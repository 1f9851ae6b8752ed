/**
 * The numbers of sign-in's sessions and real-name binding (JOURNEYS.md J2 and issue 6); the code's
 * own numbers are CODE_POLICIES["sign-in"] in one-time-code.ts.
 */
export const SIGN_IN_POLICY = {
  session: { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 },
  realName: { maxFailures: 5, lockSeconds: 60 * 60, minimumAge: 16 },
  /**
   * A name and ID number typed on a phone that is not the registry's for that person (a claim) waits
   * this long for its proof: a face check, the old phone's code, or the counter (docs/decisions/0012).
   */
  claim: { ttlSeconds: 30 * 60 },
  /**
   * 刷脸认证: a provider's check stays open 10 minutes; three failures, for the account or for the
   * person on any account, close the face route for 24 hours, and no account starts more than five a
   * day (each costs a provider call). The counter stays open.
   */
  face: { ttlSeconds: 10 * 60, maxFailures: 3, maxStarts: 5, windowSeconds: 24 * 60 * 60 },
  /** Generous: many residents share one public address (mobile carriers' NAT, a community service centre's computer). */
  limits: { realNameChecksPerAddress: [{ windowSeconds: 60 * 60, max: 200 }] },
} as const;

const DAY = 24 * 60 * 60;

/**
 * How long sign-in's short-lived rows are kept after their life ends (issue 13, finding 9), read by
 * purgeExpired (lib/auth/retention.ts, `npm run retention`). A row is kept a day past its end so that a
 * resident's "I was signed out" or "the code did not work" can still be looked into; what happened
 * stays in audit_event, which nothing deletes (《网络安全法》第二十一条: network logs at least six months).
 * SMS outbox rows go as soon as the longest-lived code they could carry has expired (lib/auth/sms.ts).
 */
export const RETENTION_POLICY = {
  /** Sign-in and rebind codes: a day after they expired. */
  codesAfterExpirySeconds: DAY,
  /** Face checks (and the local adapter's sessions) count failures over 24 hours (SIGN_IN_POLICY.face): kept a day past that window. */
  faceChecksAfterStartSeconds: SIGN_IN_POLICY.face.windowSeconds + DAY,
  /** Sessions: a day after they ended (revoked, past their absolute limit, or idle past the idle limit). */
  sessionsAfterEndSeconds: DAY,
  /** Rate-limit windows are at most 24 hours long: a window that started more than a day ago counts nothing. Cool-downs: a day after they ran out. */
  rateLimitWindowsAfterStartSeconds: DAY,
  rateLimitCooldownsAfterEndSeconds: DAY,
} as const;
