"use client";

import type { InputHTMLAttributes } from "react";
import { Input } from "@/components/ui/field";
import { normalizeDateText } from "@/components/entry-grid/dates";

/**
 * A YYYY-MM-DD text field (the same on every browser and locale, unlike type="date"); dates
 * typed as 2026/3/5 or 2026年3月5日 are rewritten when leaving the field.
 */
export function DateInput({ invalid, ...props }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  return (
    <Input
      {...props}
      invalid={invalid}
      inputMode="numeric"
      autoComplete="off"
      placeholder="YYYY-MM-DD"
      maxLength={12}
      onBlur={(e) => {
        e.currentTarget.value = normalizeDateText(e.currentTarget.value);
        props.onBlur?.(e);
      }}
    />
  );
}
