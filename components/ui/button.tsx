import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

// The variants are component classes (app/globals.css): one short class in every row's HTML.
const VARIANTS: Record<Variant, string> = { primary: "btn-primary", secondary: "btn-secondary", danger: "btn-danger", ghost: "btn-ghost" };

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`btn ${VARIANTS[variant]}${className ? ` ${className}` : ""}`}
      {...props}
    />
  );
}
