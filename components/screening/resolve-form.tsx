"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { resolveScreeningAction } from "@/app/(app)/screening/actions";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { optional, text } from "@/components/contacts/form-values";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

const OUTCOMES = ["CONTACT", "MONITORING", "FORWARD", "UNREACHABLE"] as const;
type Outcome = (typeof OUTCOMES)[number];

interface Props {
  id: string;
  version: number;
  today: string;
  attempts: number;
  minAttempts: number;
  cases: { id: string; label: string }[];
  counties: { code: string; name: string }[];
}

/** The verification's outcome; the fields shown depend on it. */
export function ResolveForm({ id, version, today, attempts, minAttempts, cases, counties }: Props) {
  const t = useTranslations("screening.resolve");
  const td = useTranslations("domain");
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const { pending, error, submit } = useActionForm();
  const err = (path: string) => error?.fields[path];

  function input(data: FormData): Record<string, unknown> {
    const base = { version, outcome, note: optional(data, "note") };
    if (outcome === "MONITORING") return { ...base, startDate: text(data, "startDate") };
    if (outcome === "FORWARD") return { ...base, toCountyCode: text(data, "toCountyCode") };
    if (outcome === "CONTACT") {
      const contactId = optional(data, "contactId");
      if (contactId) return { ...base, contactId };
      return {
        ...base,
        register: { caseId: text(data, "caseId"), category: text(data, "category"), lastExposureDate: text(data, "lastExposureDate"), identifiedDate: optional(data, "identifiedDate") },
      };
    }
    return base;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit(
      () => resolveScreeningAction(id, input(data)),
      (r) => (r.contactId ? router.push(`/contacts/${r.contactId}`) : router.refresh()),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="resolve-form">
      <FormErrorNotice error={error} />
      <Field id="resolve-outcome" label={t("outcome")} error={err("outcome")} required>
        <Select id="resolve-outcome" name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
          <option value="">{t("choose")}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </Select>
      </Field>
      {outcome === "CONTACT" ? (
        <div className="space-y-3 rounded-md border border-slate-200 p-3">
          <p className="text-sm text-slate-600">{t("linkHint")}</p>
          <Field id="resolve-contact" label={t("linkExisting")} error={err("contactId")}>
            <Input id="resolve-contact" name="contactId" invalid={Boolean(err("contactId"))} />
          </Field>
          <h3 className="text-sm font-medium">{t("registerTitle")}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="resolve-case" label={t("caseId")} error={err("register.caseId")}>
              <Select id="resolve-case" name="caseId" defaultValue="">
                <option value="">{t("chooseCase")}</option>
                {cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="resolve-category" label={t("category")} error={err("register.category")}>
              <Select id="resolve-category" name="category" defaultValue="GENERAL">
                {(["CLOSE", "GENERAL"] as const).map((c) => (
                  <option key={c} value={c}>
                    {td(`category.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="resolve-exposure" label={t("lastExposureDate")} error={err("register.lastExposureDate")}>
              <Input id="resolve-exposure" name="lastExposureDate" type="date" max={today} invalid={Boolean(err("register.lastExposureDate"))} />
            </Field>
            <Field id="resolve-identified" label={t("identifiedDate")} error={err("register.identifiedDate")}>
              <Input id="resolve-identified" name="identifiedDate" type="date" max={today} defaultValue={today} />
            </Field>
          </div>
        </div>
      ) : null}
      {outcome === "MONITORING" ? (
        <Field id="resolve-start" label={t("startDate")} error={err("startDate")} required>
          <Input id="resolve-start" name="startDate" type="date" max={today} defaultValue={today} invalid={Boolean(err("startDate"))} />
        </Field>
      ) : null}
      {outcome === "FORWARD" ? (
        <Field id="resolve-county" label={t("toCounty")} error={err("toCountyCode")} required>
          <Select id="resolve-county" name="toCountyCode" defaultValue="">
            <option value="">{t("choose")}</option>
            {counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {outcome === "UNREACHABLE" && attempts < minAttempts ? <p className="text-sm text-amber-800">{t("unreachableHint", { min: minAttempts, count: attempts })}</p> : null}
      <Field id="resolve-note" label={t("note")} error={err("note")}>
        <Textarea id="resolve-note" name="note" rows={2} maxLength={500} />
      </Field>
      <Button type="submit" disabled={pending || outcome === ""}>
        {t("submit")}
      </Button>
    </form>
  );
}
