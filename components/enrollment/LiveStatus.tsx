"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useState } from "react";

type Status = "registered" | "cancelled" | "paid";
type Props = { enrollmentId: string; initial: Status; labels: Record<Status, string>; prefix: string };

/**
 * An enrollment's status. Server-rendered as it stands; with JavaScript, react-query asks
 * /api/me/enrollments/<id>/status every 20 seconds while the page is visible (a payment made
 * elsewhere shows up without reloading).
 */
export function LiveStatus(props: Props) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } }));
  return (
    <QueryClientProvider client={client}>
      <StatusLine {...props} />
    </QueryClientProvider>
  );
}

function StatusLine({ enrollmentId, initial, labels, prefix }: Props) {
  const { data } = useQuery({
    queryKey: ["enrollment-status", enrollmentId],
    queryFn: async (): Promise<Status> => {
      const response = await fetch(`/api/me/enrollments/${enrollmentId}/status`, { cache: "no-store", credentials: "same-origin" });
      if (!response.ok) return initial;
      const body = (await response.json()) as { status: Status };
      return body.status;
    },
    initialData: initial,
    refetchInterval: initial === "registered" ? 20_000 : false,
  });
  return (
    <p className="text-lg" aria-live="polite" data-testid="enrollment-status">
      {prefix}
      <strong>{labels[data] ?? labels[initial]}</strong>
    </p>
  );
}
