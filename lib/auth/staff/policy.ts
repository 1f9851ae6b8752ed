/**
 * The numbers of the office's sign-in (issue 14, docs/decisions/0015). Tighter than residents': a
 * staff session reaches every resident's records, so it ends sooner, and a password that is being
 * guessed locks the account rather than one code.
 */
export const STAFF_POLICY = {
  session: { idleSeconds: 15 * 60, absoluteSeconds: 8 * 60 * 60 },
  /** Between the password and a session (second factor, enrolment, new password, recovery codes): no page of the console opens. */
  pending: { ttlSeconds: 10 * 60 },
  /** Wrong passwords and wrong codes together: the fifth in a row locks the account for 15 minutes. */
  lockout: { maxFailures: 5, lockSeconds: 15 * 60 },
  /** NIST SP 800-63B §5.1.1: length, not composition rules; the upper bound only keeps the work bounded. */
  password: { minLength: 10, maxLength: 128 },
  recoveryCodes: { count: 10 },
  /** What an authenticator app lists the account under. */
  issuer: "医保经办",
  /** Per client address: one office's staff share its address, so the limits are per office, not per person. */
  limits: {
    passwordChecksPerAddress: [{ windowSeconds: 60 * 60, max: 100 }],
    codeChecksPerAddress: [{ windowSeconds: 60 * 60, max: 300 }],
    /**
     * A staff number that does not exist "locks" as an account would — its fifth try in 15 minutes is
     * answered "locked" — so that a lockout does not tell which numbers exist.
     */
    unknownNumber: [{ windowSeconds: 15 * 60, max: 4 }],
  },
} as const;
