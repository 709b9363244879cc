import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { ItemKind, PersonTasks } from "@/lib/tasks/schemas";

const TONE: Record<ItemKind, Tone> = {
  symptomatic: "red",
  placement: "red",
  overdueTests: "red",
  releaseOverdue: "red",
  missedChecks: "amber",
  transfer: "violet",
  testsDue: "teal",
  releaseDue: "green",
  healthChecks: "amber",
};

/** A person's open items on the day, most urgent first, each with its detail. */
export function PersonItems({ p }: { p: PersonTasks }) {
  const t = useTranslations("today");
  const td = useTranslations("domain");
  const detail = (k: ItemKind): string | null => {
    switch (k) {
      case "symptomatic":
        return p.symptomatic
          ? [t("fever", { date: p.symptomatic.date, temperature: p.symptomatic.temperature.toFixed(1) }), p.symptomatic.symptoms.length ? t("symptoms", { list: p.symptomatic.symptoms.join("、") }) : null].filter(Boolean).join(" ")
          : null;
      case "overdueTests":
        return p.overdueTests.map((x) => `${x.date} (${t("daysOverdue", { days: x.daysOverdue })})${x.pending ? ` ${t("pending")}` : ""}`).join("; ");
      case "testsDue":
        return p.testsDue.map((x) => `${x.date}${x.doubleSample ? ` ${td("doubleSample")}` : ""}${x.pending ? ` ${t("pending")}` : ""}`).join("; ");
      case "releaseOverdue":
        return t("releaseOverdueDays", { date: p.releaseDate, days: p.releaseOverdueDays });
      case "releaseDue":
        return p.releaseDate;
      case "transfer":
        return p.transferSince ? t("transferSince", { date: p.transferSince }) : null;
      case "healthChecks":
        return p.missingSlots.length ? t("missingSlots", { slots: p.missingSlots.map((s) => td(`slot.${s}`)).join("、") }) : null;
      default:
        return null;
    }
  };
  return (
    <ul className="flex max-w-xl flex-col gap-1 whitespace-normal" data-testid="person-items">
      {p.kinds.map((k) => {
        const d = detail(k);
        return (
          <li key={k} className="flex flex-wrap items-center gap-1" data-kind={k}>
            <Badge tone={TONE[k]}>{t(`kinds.${k}`)}</Badge>
            {d ? <span className={`text-xs ${TONE[k] === "red" ? "text-red-700" : "text-slate-600"}`}>{d}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
