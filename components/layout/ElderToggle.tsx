import { ReturnPathInput } from "./ReturnPathInput";

/**
 * Two plain forms, one per mode; the mode stylesheet shows the one that applies. Posting saves the
 * preference in a cookie and comes back to the same page.
 */
export function ElderToggle({ labels }: { labels: { on: string; onHint: string; off: string; active: string } }) {
  const buttonClass = "min-h-12 rounded border-2 border-white px-4 py-1 font-semibold text-white hover:bg-white hover:text-brand-dark";
  return (
    <>
      <form method="post" action="/api/preferences" className="when-standard">
        <input type="hidden" name="elder" value="1" />
        <ReturnPathInput />
        <button type="submit" className={buttonClass} title={labels.onHint}>
          {labels.on}
        </button>
      </form>
      <form method="post" action="/api/preferences" className="when-elder">
        <input type="hidden" name="elder" value="0" />
        <ReturnPathInput />
        <span className="mr-3 font-semibold text-white">{labels.active}</span>
        <button type="submit" className={buttonClass}>
          {labels.off}
        </button>
      </form>
    </>
  );
}
