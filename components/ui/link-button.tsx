import Link from "next/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "ghost";

// The same looks as <Button>, for navigation (a link is announced and opened as one).
const VARIANTS: Record<Variant, string> = { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost" };

export function LinkButton({ variant = "secondary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return (
    <Link
      className={`btn whitespace-nowrap ${VARIANTS[variant]}${className ? ` ${className}` : ""}`}
      {...props}
    />
  );
}
