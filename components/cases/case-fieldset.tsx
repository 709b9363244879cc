import { useTranslations } from "next-intl";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { DateInput } from "@/components/forms/date-input";

const SEXES = ["MALE", "FEMALE"] as const;
const ID_TYPES = ["RESIDENT_ID", "PASSPORT", "OTHER"] as const;
const CLASSIFICATIONS = ["CONFIRMED", "ASYMPTOMATIC"] as const;
const STATUSES = ["UNDER_TREATMENT", "RECOVERED", "DIED"] as const;

interface Props {
  prefix: string;
  defaults: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * Props for a Field and its control. Uncontrolled inputs: what was typed stays when the server
 * refuses the form, and a refresh of the page behind the form does not overwrite it.
 */
function useField({ prefix, defaults, errors }: Props) {
  const t = useTranslations("cases.fields");
  return (name: string, required = false, hint?: string) => {
    const id = `${prefix}-${name}`;
    return {
      wrap: { id, label: t(name as "name"), error: errors[name], required, hint },
      input: { id, name, defaultValue: defaults[name] ?? "", invalid: Boolean(errors[name]) },
    };
  };
}

export function PersonFields(props: Props) {
  const d = useTranslations("domain");
  const h = useTranslations("cases.hints");
  const t = useTranslations("cases.fields");
  const field = useField(props);
  const name = field("name", true);
  const sex = field("sex", true);
  const birthDate = field("birthDate", false, h("date"));
  const idType = field("idType");
  const idNumber = field("idNumber", false, h("idNumber"));
  const phone = field("phone");
  const address = field("address");
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <Field {...name.wrap}>
        <Input {...name.input} autoComplete="off" maxLength={50} />
      </Field>
      <Field {...sex.wrap}>
        <Select {...sex.input}>
          <option value="">{t("choose")}</option>
          {SEXES.map((s) => (
            <option key={s} value={s}>
              {d(`sex.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field {...birthDate.wrap}>
        <DateInput {...birthDate.input} />
      </Field>
      <Field {...idType.wrap}>
        <Select {...idType.input} defaultValue={idType.input.defaultValue || "RESIDENT_ID"}>
          {ID_TYPES.map((s) => (
            <option key={s} value={s}>
              {d(`idType.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field {...idNumber.wrap}>
        <Input {...idNumber.input} autoComplete="off" maxLength={30} />
      </Field>
      <Field {...phone.wrap}>
        <Input {...phone.input} type="tel" autoComplete="off" maxLength={20} />
      </Field>
      <div className="sm:col-span-2 lg:col-span-3">
        <Field {...address.wrap}>
          <Input {...address.input} maxLength={200} />
        </Field>
      </div>
    </div>
  );
}

export function CaseFields({ withStatus, withNotes, ...props }: Props & { withStatus?: boolean; withNotes?: boolean }) {
  const d = useTranslations("domain");
  const h = useTranslations("cases.hints");
  const t = useTranslations("cases.fields");
  const field = useField(props);
  const classification = field("classification", true);
  const status = field("status", true);
  const onsetDate = field("onsetDate", false, h("onsetDate"));
  const firstPositiveDate = field("firstPositiveDate", false, h("date"));
  const confirmedDate = field("confirmedDate", true, h("date"));
  const currentLocation = field("currentLocation", false, h("currentLocation"));
  const notes = field("notes", false, h("notes"));
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <Field {...classification.wrap}>
        <Select {...classification.input}>
          <option value="">{t("choose")}</option>
          {CLASSIFICATIONS.map((s) => (
            <option key={s} value={s}>
              {d(`classification.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {withStatus ? (
        <Field {...status.wrap}>
          <Select {...status.input}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {d(`caseStatus.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field {...confirmedDate.wrap}>
        <DateInput {...confirmedDate.input} />
      </Field>
      <Field {...onsetDate.wrap}>
        <DateInput {...onsetDate.input} />
      </Field>
      <Field {...firstPositiveDate.wrap}>
        <DateInput {...firstPositiveDate.input} />
      </Field>
      <Field {...currentLocation.wrap}>
        <Input {...currentLocation.input} maxLength={200} />
      </Field>
      {withNotes ? (
        <div className="sm:col-span-2 lg:col-span-3">
          <Field {...notes.wrap}>
            <Textarea {...notes.input} rows={5} />
          </Field>
        </div>
      ) : null}
    </div>
  );
}
