/**
 * The only place that reads today's date. Dates are calendar dates in Asia/Shanghai.
 * PORTAL_TODAY=YYYY-MM-DD pins the date for demos and end-to-end tests, in demo mode only: a
 * production server always answers for the real today.
 */
import { demoMode } from "./deployment";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.PORTAL_TODAY;
  if (pinned && ISO_DATE.test(pinned) && demoMode(env)) return pinned;
  return shanghaiDate(now());
}

/**
 * The real current instant, for what is measured in minutes rather than days (one-time codes,
 * sessions, rate limits). PORTAL_TODAY does not move it: a code must expire after five real minutes
 * on a demo server too. Services take the instant as a parameter so that tests can set it.
 */
export function now(): Date {
  return new Date();
}

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
