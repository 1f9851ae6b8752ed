/** A question on a page, with its words already translated on the server (JSON, sent to the browser). */
export type FieldView = {
  kind: "radio" | "checkbox" | "date" | "number";
  name: string;
  label: string;
  hint?: string;
  /** The question is the page's heading (one question on the page). */
  heading?: boolean;
  choices?: { value: string; label: string; hint?: string }[];
  /** Shown only when another answer on the page has this value (revealed with JavaScript; always shown without). */
  when?: { name: string; value: string; intro: string };
};
