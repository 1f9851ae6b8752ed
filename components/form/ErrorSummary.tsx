import type { FieldError } from "@/lib/forms/form-state";

/**
 * The list of errors at the top of a form, each linked to its field. It takes focus on load so
 * that a screen reader announces it after a post without JavaScript.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      className="mb-8 border-4 border-danger p-4"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      id="error-summary"
      autoFocus
    >
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-1">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${fieldId(error.field)}`} className="font-semibold !text-danger">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id of a field's first input, which the error summary links to. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
