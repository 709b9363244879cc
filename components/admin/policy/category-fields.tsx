"use client";

import { useTranslations } from "next-intl";
import { PHASE_KINDS, type ContactCategory } from "@/lib/isolation/types";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { listError, type DraftCategory } from "./draft";

/** One category of the draft: its phases (kind, start day, end day), test days, release day. */
export function CategoryFields({
  category,
  value,
  fields,
  onChange,
}: {
  category: ContactCategory;
  value: DraftCategory;
  fields: Record<string, string>;
  onChange: (next: DraftCategory) => void;
}) {
  const t = useTranslations("admin.policy");
  const td = useTranslations("domain");
  const at = (rest: string) => `categories.${category}.${rest}`;
  const id = (rest: string) => `policy-${category}-${rest.replaceAll(".", "-")}`;
  const listMessage = (rest: string) => {
    const e = listError(fields, at(rest));
    if (!e) return undefined;
    return e.index < 0 ? e.message : t("itemError", { n: e.index + 1, message: e.message });
  };
  const setPhase = (i: number, patch: Partial<DraftCategory["phases"][number]>) =>
    onChange({ ...value, phases: value.phases.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`policy-category-${category}`}>
      <legend className="px-1 font-medium">{td(`category.${category}`)}</legend>
      {fields[at("phases")] ? <p role="alert" className="text-xs text-red-700">{fields[at("phases")]}</p> : null}
      {value.phases.map((phase, i) => (
        <div key={i} className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]">
          <Field id={id(`phases.${i}.kind`)} label={t("phaseKind")} error={fields[at(`phases.${i}.kind`)]}>
            <Select id={id(`phases.${i}.kind`)} value={phase.kind} invalid={Boolean(fields[at(`phases.${i}.kind`)])} onChange={(e) => setPhase(i, { kind: e.target.value as typeof phase.kind })}>
              {PHASE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {td(`phase.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={id(`phases.${i}.startDay`)} label={t("startDay")} error={fields[at(`phases.${i}.startDay`)]}>
            <Input id={id(`phases.${i}.startDay`)} inputMode="numeric" value={phase.startDay} invalid={Boolean(fields[at(`phases.${i}.startDay`)])} onChange={(e) => setPhase(i, { startDay: e.target.value })} />
          </Field>
          <Field id={id(`phases.${i}.endDay`)} label={t("endDay")} error={fields[at(`phases.${i}.endDay`)]}>
            <Input id={id(`phases.${i}.endDay`)} inputMode="numeric" value={phase.endDay} invalid={Boolean(fields[at(`phases.${i}.endDay`)])} onChange={(e) => setPhase(i, { endDay: e.target.value })} />
          </Field>
          <Button type="button" variant="ghost" disabled={value.phases.length <= 1} onClick={() => onChange({ ...value, phases: value.phases.filter((_, j) => j !== i) })}>
            {t("removePhase")}
          </Button>
        </div>
      ))}
      {value.phases.length < PHASE_KINDS.length ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            const last = value.phases[value.phases.length - 1];
            const unused = PHASE_KINDS.find((k) => !value.phases.some((p) => p.kind === k)) ?? PHASE_KINDS[0];
            const start = last && /^\d+$/.test(last.endDay) ? String(Number(last.endDay) + 1) : "";
            onChange({ ...value, phases: [...value.phases, { kind: unused, startDay: start, endDay: "" }] });
          }}
        >
          {t("addPhase")}
        </Button>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id("testDays")} label={t("testDays")} error={listMessage("testDays")} hint={t("daysHint")}>
          <Input id={id("testDays")} value={value.testDays} invalid={Boolean(listMessage("testDays"))} onChange={(e) => onChange({ ...value, testDays: e.target.value })} />
        </Field>
        <Field id={id("doubleSampleDays")} label={t("doubleSampleDays")} error={listMessage("doubleSampleDays")}>
          <Input id={id("doubleSampleDays")} value={value.doubleSampleDays} invalid={Boolean(listMessage("doubleSampleDays"))} onChange={(e) => onChange({ ...value, doubleSampleDays: e.target.value })} />
        </Field>
        <Field id={id("releaseDay")} label={t("releaseDay")} error={fields[at("releaseDay")]} hint={t("releaseDayHint")}>
          <Input id={id("releaseDay")} inputMode="numeric" value={value.releaseDay} invalid={Boolean(fields[at("releaseDay")])} onChange={(e) => onChange({ ...value, releaseDay: e.target.value })} />
        </Field>
      </div>
    </fieldset>
  );
}
