import { NotificationBanner } from "@/components/ui/NotificationBanner";

/** The outcome of the decision just made, or why it was not made. */
export function QueueBanner({ done, refused, doneTitle, refusedTitle }: { done: string | null; refused: string | null; doneTitle: string; refusedTitle: string }) {
  if (done) {
    return (
      <NotificationBanner tone="success" title={doneTitle}>
        <p data-testid="queue-done">{done}</p>
      </NotificationBanner>
    );
  }
  if (refused) {
    return (
      <NotificationBanner title={refusedTitle}>
        <p data-testid="queue-refused">{refused}</p>
      </NotificationBanner>
    );
  }
  return null;
}
