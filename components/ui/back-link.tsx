import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The "← back" link above a page's header. `separate` adds the gap a page needs when its header
 * does not sit in a spaced container of its own.
 */
export function BackLink({ href, children, separate = false }: { href: string; children: ReactNode; separate?: boolean }) {
  return (
    <nav className={separate ? "mb-2 text-sm" : "text-sm"}>
      <Link href={href} className="text-teal-800 underline-offset-2 hover:underline">
        ← {children}
      </Link>
    </nav>
  );
}
