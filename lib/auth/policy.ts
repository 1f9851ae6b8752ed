/**
 * The numbers of sign-in (JOURNEYS.md J2 and issue 6), in one place. Per-address limits are generous
 * because many residents share one public address (mobile carriers' NAT, a community service
 * centre's computer); per-phone limits are tight because each code costs an SMS.
 */
export const SIGN_IN_POLICY = {
  code: { length: 6, ttlSeconds: 5 * 60, maxAttempts: 5, resendSeconds: 60 },
  session: { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 },
  realName: { maxFailures: 5, lockSeconds: 60 * 60, minimumAge: 16 },
  limits: {
    codesPerPhone: [
      { windowSeconds: 60 * 60, max: 5 },
      { windowSeconds: 24 * 60 * 60, max: 10 },
    ],
    codesPerAddress: [{ windowSeconds: 60 * 60, max: 200 }],
    codeChecksPerAddress: [{ windowSeconds: 60 * 60, max: 600 }],
    realNameChecksPerAddress: [{ windowSeconds: 60 * 60, max: 200 }],
  },
} as const;

/** A pending sign-in (the code step) outlives its code a little, so that "send again" still knows the phone. */
export const PENDING_SIGN_IN_SECONDS = 15 * 60;
