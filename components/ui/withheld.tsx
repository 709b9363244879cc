import { useTranslations } from "next-intl";

/**
 * A field the server withheld from this viewer (docs/architecture.md#access) reads as hidden,
 * never as empty; anything else shows its value, or `empty` when there is none.
 */
export function Withheld({ value, hidden, empty = "" }: { value: string | null | undefined; hidden: boolean; empty?: string }) {
  const t = useTranslations("domain");
  if (hidden) {
    return (
      <span className="text-slate-500 italic" data-testid="withheld">
        {t("hidden")}
      </span>
    );
  }
  return <>{value ?? empty}</>;
}
