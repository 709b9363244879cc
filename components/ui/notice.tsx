import type { ReactNode } from "react";

const KINDS = {
  success: "border-green-200 bg-green-50 text-green-900",
  error: "border-red-200 bg-red-50 text-red-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
} as const;

/** Feedback after an action; errors are announced assertively, the rest politely. */
export function Notice({ kind, children, testId }: { kind: keyof typeof KINDS; children: ReactNode; testId?: string }) {
  return (
    <div
      role={kind === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`rounded-md border px-4 py-3 text-sm ${KINDS[kind]}`}
    >
      {children}
    </div>
  );
}
