import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** The top of a question page: a back link and, where the journey has a fixed length, the step. */
export function StepHeader({ backHref, backText, progress }: { backHref?: string; backText: string; progress?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-4">
      {backHref ? (
        <Link href={backHref} className="inline-flex min-h-12 items-center gap-1 text-lg">
          <span aria-hidden="true">‹</span> {backText}
        </Link>
      ) : null}
      {progress ? <p className="text-ink-soft text-lg">{progress}</p> : null}
    </div>
  );
}
