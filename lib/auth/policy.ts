/**
 * The numbers of sign-in's sessions and real-name binding (JOURNEYS.md J2 and issue 6); the code's
 * own numbers are CODE_POLICIES["sign-in"] in one-time-code.ts.
 */
export const SIGN_IN_POLICY = {
  session: { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 },
  realName: { maxFailures: 5, lockSeconds: 60 * 60, minimumAge: 16 },
  /** Generous: many residents share one public address (mobile carriers' NAT, a community service centre's computer). */
  limits: { realNameChecksPerAddress: [{ windowSeconds: 60 * 60, max: 200 }] },
} as const;
