import type { ReactNode } from "react";

/** The page's one h1, with an optional caption above it (the service or step it belongs to). */
export function PageHeading({ caption, children, lead }: { caption?: ReactNode; children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      {caption ? <p className="text-ink-soft mb-1 text-lg">{caption}</p> : null}
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{children}</h1>
      {lead ? <p className="mt-4 max-w-prose text-xl">{lead}</p> : null}
    </div>
  );
}
