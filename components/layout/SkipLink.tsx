export function SkipLink({ children }: { children: string }) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:p-3 focus:!text-ink"
    >
      {children}
    </a>
  );
}
