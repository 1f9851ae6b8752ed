"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Prints the page; only shown with JavaScript (without it, the browser's own Print does the same). */
export function PrintButton({ children }: { children: string }) {
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!scripted) return null;
  return (
    <button type="button" onClick={() => window.print()} className="min-h-12 rounded border-2 border-ink px-5 py-2 text-lg font-semibold">
      {children}
    </button>
  );
}
