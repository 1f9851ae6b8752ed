import type { IssuedPassword } from "@/lib/forms/office";

export type IssuedLabels = { title: string; body: string; password: string; note: string };

/** A one-time password, shown this once to the admin who made it. `body` has {name} and {number} filled in by the caller's labels. */
export function IssuedPasswordPanel({ issued, labels }: { issued: IssuedPassword; labels: IssuedLabels }) {
  return (
    <section className="mb-8 max-w-2xl border-4 border-success" role="alert" aria-labelledby="issued-title">
      <h2 id="issued-title" className="bg-success px-4 py-1 text-lg font-semibold text-white">
        {labels.title}
      </h2>
      <div className="px-4 py-3 text-lg">
        <p className="mb-3">{labels.body.replace("{name}", issued.displayName).replace("{number}", issued.staffNumber)}</p>
        <p className="mb-3">
          <span className="font-semibold">{labels.password}：</span>
          <code className="font-mono text-2xl tracking-wider" data-testid="one-time-password">
            {issued.oneTimePassword}
          </code>
        </p>
        <p>{labels.note}</p>
      </div>
    </section>
  );
}
