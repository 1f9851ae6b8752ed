/** The journeys of JOURNEYS.md, in the order the service hall shows them. */
export const JOURNEYS = [
  { key: "check", code: "J1", href: "/check", built: true },
  { key: "signIn", code: "J2", href: "/sign-in", built: true },
  { key: "register", code: "J3", href: "/register", built: true },
  { key: "enrollments", code: "J4", href: "/me/enrollments", built: true },
  { key: "pay", code: "J5", href: "/pay", built: true },
  { key: "family", code: "J6", href: "/family", built: true },
] as const;

export type JourneyKey = (typeof JOURNEYS)[number]["key"];
