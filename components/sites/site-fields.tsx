import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/field";

export interface SiteDefaults {
  name: string;
  address: string;
  capacity: string;
  active?: boolean;
}

/** Form values → the site services' input: capacity as a whole number when it is one. */
export function sitePayload(form: HTMLFormElement, withActive: boolean): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const capacity = text("capacity");
  return {
    name: text("name"),
    address: text("address"),
    capacity: capacity === "" ? undefined : /^\d+$/.test(capacity) ? Number(capacity) : capacity,
    ...(withActive ? { active: data.get("active") === "on" } : {}),
  };
}

/** Uncontrolled inputs: what was typed stays when the server refuses the form. */
export function SiteFields({ prefix, defaults, errors, withActive }: { prefix: string; defaults: SiteDefaults; errors: Record<string, string>; withActive?: boolean }) {
  const t = useTranslations("sites");
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_3fr_1fr]">
      <Field id={id("name")} label={t("fields.name")} error={errors.name} required>
        <Input id={id("name")} name="name" defaultValue={defaults.name} maxLength={100} invalid={Boolean(errors.name)} />
      </Field>
      <Field id={id("address")} label={t("fields.address")} error={errors.address}>
        <Input id={id("address")} name="address" defaultValue={defaults.address} maxLength={200} invalid={Boolean(errors.address)} />
      </Field>
      <Field id={id("capacity")} label={t("fields.capacity")} error={errors.capacity} hint={t("hints.capacity")} required>
        <Input
          id={id("capacity")}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          step={1}
          defaultValue={defaults.capacity}
          invalid={Boolean(errors.capacity)}
        />
      </Field>
      {withActive ? (
        <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2 lg:col-span-3">
          <input type="checkbox" name="active" defaultChecked={defaults.active} className="size-4 accent-teal-700" />
          {t("fields.active")}
        </label>
      ) : null}
    </div>
  );
}
