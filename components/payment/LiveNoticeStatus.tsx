"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

type State = "open" | "paid" | "expired" | "cancelled";
type Props = {
  number: string;
  initial: State;
  /** Back from the cashier with a payment made: confirmation may arrive any second. */
  awaiting: boolean;
  labels: Record<State | "waiting", string>;
  prefix: string;
  refreshLabel: string;
  refreshHref: string;
};

/**
 * A notice's state. Server-rendered as it stands, with a refresh link (the way to update without
 * JavaScript); with JavaScript, react-query asks /api/payments/notices/<number>/status (every 3
 * seconds while a confirmation is awaited, else every 20) and re-renders the page once it changes.
 */
export function LiveNoticeStatus(props: Props) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } }));
  return (
    <QueryClientProvider client={client}>
      <StatusLine {...props} />
    </QueryClientProvider>
  );
}

function StatusLine({ number, initial, awaiting, labels, prefix, refreshLabel, refreshHref }: Props) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["notice-status", number],
    queryFn: async (): Promise<State> => {
      const response = await fetch(`/api/payments/notices/${number}/status`, { cache: "no-store", credentials: "same-origin" });
      if (!response.ok) return initial;
      return ((await response.json()) as { state: State }).state;
    },
    initialData: initial,
    refetchInterval: (query) => (query.state.data !== "open" ? false : awaiting ? 3_000 : 20_000),
  });
  useEffect(() => {
    if (data !== initial) router.refresh();
  }, [data, initial, router]);
  const label = data === "open" && awaiting ? labels.waiting : labels[data];
  return (
    <p className="mb-6 text-xl" aria-live="polite">
      {prefix}
      <strong data-testid="notice-status">{label}</strong>{" "}
      <a href={refreshHref} className="ml-2 inline-flex min-h-12 items-center text-lg">
        {refreshLabel}
      </a>
    </p>
  );
}
