// Type-to-select for the grid's dropdowns: a Chinese label prefix ("密" → 密接), pinyin
// initials ("mj" → 密接, "cmj" → 次密接, "n" → 男) or full pinyin ("nv" → 女), or an English
// label prefix. The keys of an option list are computed once (pinyin-pro), then each keystroke
// is a scan of a few strings. Pure: unit-tested.
import { pinyin } from "pinyin-pro";
import { normalizeLabel } from "./labels";

export interface Choice {
  value: string;
  /** Every label the option answers to (catalogue labels in both languages, synonyms). */
  labels: string[];
}

export interface ChoiceIndex {
  entries: { value: string; keys: string[] }[];
}

const HAN = /[\u3400-\u9fff]/;

/** The keys one label is typed as: itself, and for Chinese its pinyin initials and full pinyin. */
export function labelKeys(label: string): string[] {
  const keys = [normalizeLabel(label)];
  if (HAN.test(label)) {
    keys.push(normalizeLabel(pinyin(label, { pattern: "first", toneType: "none", type: "array" }).join("")));
    keys.push(normalizeLabel(pinyin(label, { toneType: "none", type: "array", v: true }).join("")));
  }
  return [...new Set(keys.filter((k) => k !== ""))];
}

export function indexChoices(choices: Choice[]): ChoiceIndex {
  return { entries: choices.map((c) => ({ value: c.value, keys: [...new Set(c.labels.flatMap(labelKeys))] })) };
}

/**
 * The option typed: one whose key equals what was typed, else the first (in option order)
 * whose key starts with it; null when none does.
 */
export function matchChoice(index: ChoiceIndex, typed: string): string | null {
  const q = normalizeLabel(typed);
  if (q === "") return null;
  const exact = index.entries.find((e) => e.keys.includes(q));
  if (exact) return exact.value;
  return index.entries.find((e) => e.keys.some((k) => k.startsWith(q)))?.value ?? null;
}

/**
 * Letters typed in quick succession on one dropdown add up ("c", "m", "j"); after a pause, or
 * when the longer text matches nothing, the new letter starts over.
 */
export class TypeBuffer {
  private text = "";
  private at = 0;
  constructor(private readonly pauseMs = 1000) {}

  /** The option chosen by typing `key` at time `now` (ms). */
  type(index: ChoiceIndex, key: string, now: number): string | null {
    const continued = now - this.at <= this.pauseMs ? this.text + key : key;
    this.at = now;
    const value = matchChoice(index, continued);
    if (value !== null || continued === key) {
      this.text = continued;
      return value;
    }
    this.text = key;
    return matchChoice(index, key);
  }

  reset(): void {
    this.text = "";
  }
}
