"use client";

import { usePathname } from "next/navigation";

/** A hidden field carrying the current path, so that a preference form returns to this page. */
export function ReturnPathInput() {
  return <input type="hidden" name="return" value={usePathname()} />;
}
