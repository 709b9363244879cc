// Reading FormData for the action forms: services validate; these only shape the input.

export function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
}

/** The trimmed value, or undefined when the field is empty (optional service fields). */
export function optional(form: FormData, name: string): string | undefined {
  return text(form, name) || undefined;
}

/** A number typed with a comma or a dot; undefined when empty (the service says "required"). */
export function decimal(form: FormData, name: string): number | string | undefined {
  const raw = text(form, name).replace(",", ".");
  if (raw === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}
