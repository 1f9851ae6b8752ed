import type { ReactNode } from "react";

// The root layout lives in app/[locale]/layout.tsx, which sets <html lang>. This one only passes through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
