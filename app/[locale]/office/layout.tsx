import type { Metadata } from "next";
import type { ReactNode } from "react";

/** The office console is for staff: no page of it is indexed (X-Robots-Tag in next.config.ts says the same). */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function OfficeLayout({ children }: { children: ReactNode }) {
  return children;
}
