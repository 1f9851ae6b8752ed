import type { ReactNode } from "react";

type Tone = "important" | "success";

/** A banner at the top of the page: an important notice, or the outcome of what the resident just did. */
export function NotificationBanner({ tone = "important", title, children }: { tone?: Tone; title: string; children: ReactNode }) {
  const colours = tone === "success" ? "border-success" : "border-brand";
  const titleColours = tone === "success" ? "bg-success" : "bg-brand";
  return (
    <section
      className={`mb-6 border-4 ${colours}`}
      role={tone === "success" ? "alert" : "region"}
      aria-labelledby={`banner-${tone}-title`}
    >
      <h2 id={`banner-${tone}-title`} className={`${titleColours} px-4 py-1 text-lg font-semibold text-white`}>
        {title}
      </h2>
      <div className="px-4 py-3 text-lg">{children}</div>
    </section>
  );
}
