/**
 * A form's fields as trimmed strings; empty ones are left out, so optional fields stay unset
 * (the services treat an absent field as "no change" on edits).
 */
export function filledFields(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const text = value.trim();
    if (text !== "") out[name] = text;
  }
  return out;
}
