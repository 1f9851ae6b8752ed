import type { ButtonHTMLAttributes, ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

type Variant = "primary" | "secondary" | "warning";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "bg-surface text-ink border-2 border-ink hover:bg-gray-200",
  warning: "bg-danger text-white hover:bg-red-900",
};

export function buttonClass(variant: Variant = "primary"): string {
  return `inline-flex min-h-12 items-center justify-center rounded px-5 py-2 text-lg font-semibold no-underline shadow-[0_2px_0_#111827] ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...props} />;
}

/** A link that looks like a button, for a call to action that navigates. */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  // One text colour only: with both, the stylesheet's order decided, and secondary links came out white on grey.
  return <Link className={`${buttonClass(variant)} ${variant === "secondary" ? "!text-ink" : "!text-white"} ${className}`} {...props} />;
}
