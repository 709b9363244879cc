// The policy form's state: what the administrator types, as text, and the request built from it.
// Numbers stay text until sent, so the server names a bad value instead of the form losing it.
import { CONTACT_CATEGORIES, type ContactCategory, type PhaseKind } from "@/lib/isolation/types";
import type { PolicyVersionView } from "@/lib/policy/schemas";

export interface DraftPhase {
  kind: PhaseKind;
  startDay: string;
  endDay: string;
}
export interface DraftCategory {
  phases: DraftPhase[];
  testDays: string;
  doubleSampleDays: string;
  releaseDay: string;
}
export interface Draft {
  version: string;
  note: string;
  maxExtensionDays: string;
  categories: Record<ContactCategory, DraftCategory>;
}

export function draftFrom(view: Pick<PolicyVersionView, "maxExtensionDays" | "categories">, version: string): Draft {
  const categories = Object.fromEntries(
    CONTACT_CATEGORIES.map((c) => {
      const cat = view.categories[c];
      return [
        c,
        {
          phases: cat.phases.map((p) => ({ kind: p.kind, startDay: String(p.startDay), endDay: String(p.endDay) })),
          testDays: cat.testDays.join(", "),
          doubleSampleDays: cat.doubleSampleDays.join(", "),
          releaseDay: String(cat.releaseDay),
        },
      ];
    }),
  ) as Record<ContactCategory, DraftCategory>;
  return { version, note: "", maxExtensionDays: String(view.maxExtensionDays), categories };
}

/** An integer as typed; empty is absent (the server says "required"), anything else is sent as is. */
function int(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

/** "1, 4, 7" (also with full-width commas or spaces) → [1, 4, 7]. */
export function dayList(text: string): (number | string)[] {
  return text
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .map((t) => int(t) ?? t);
}

/** The body of POST /api/v1/admin/policy (and, with `contact`, of the preview). */
export function draftInput(d: Draft) {
  return {
    version: d.version,
    note: d.note,
    maxExtensionDays: int(d.maxExtensionDays),
    categories: Object.fromEntries(
      CONTACT_CATEGORIES.map((c) => {
        const cat = d.categories[c];
        return [
          c,
          {
            phases: cat.phases.map((p) => ({ kind: p.kind, startDay: int(p.startDay), endDay: int(p.endDay) })),
            testDays: dayList(cat.testDays),
            doubleSampleDays: dayList(cat.doubleSampleDays),
            releaseDay: int(cat.releaseDay),
          },
        ];
      }),
    ),
  };
}

/**
 * The error to show at a list field (test days, double-sample days): the server names the item
 * (`categories.CLOSE.testDays.2`), the form has one input for the list.
 */
export function listError(fields: Record<string, string>, path: string): { index: number; message: string } | null {
  if (fields[path]) return { index: -1, message: fields[path] };
  const prefix = `${path}.`;
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith(prefix)) return { index: Number(key.slice(prefix.length).split(".")[0]), message };
  }
  return null;
}
