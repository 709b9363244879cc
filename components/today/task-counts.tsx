import Link from "next/link";
import { useTranslations } from "next-intl";
import { ITEM_KINDS, type ItemKind } from "@/lib/tasks/schemas";

const URGENT: ReadonlySet<ItemKind> = new Set(["symptomatic", "placement", "overdueTests", "releaseOverdue", "missedChecks"]);

/** The counts per kind; each opens the list filtered by that kind (the other filters kept). */
export function TaskCounts({ counts, hrefFor, active }: { counts: Record<ItemKind | "people", number>; hrefFor: (kind: ItemKind | undefined) => string; active?: ItemKind }) {
  const t = useTranslations("today.counts");
  const cell = (key: ItemKind | "people", href: string, current: boolean) => {
    const n = counts[key];
    const urgent = key !== "people" && URGENT.has(key) && n > 0;
    return (
      <li key={key}>
        <Link
          href={href}
          aria-current={current ? "true" : undefined}
          className={`block h-full rounded-lg border bg-white px-3 py-2 hover:border-teal-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 ${current ? "ring-2 ring-teal-600" : ""} ${urgent ? "border-red-300" : "border-slate-200"}`}
          data-testid={`count-${key}`}
        >
          <span className={`block text-2xl font-semibold tabular-nums ${urgent ? "text-red-700" : n ? "text-slate-900" : "text-slate-400"}`}>{n}</span>
          <span className="block text-xs text-slate-600">{t(key)}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={t("label")}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5 lg:grid-cols-10" data-testid="task-counts">
        {cell("people", hrefFor(undefined), active === undefined)}
        {ITEM_KINDS.map((k) => cell(k, hrefFor(k), active === k))}
      </ul>
    </nav>
  );
}
