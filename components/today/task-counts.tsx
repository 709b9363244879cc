import { useTranslations } from "next-intl";

export interface TaskCountsValue {
  overdueTests: number;
  testsDue: number;
  transfers: number;
  releases: number;
  healthChecks: number;
}

const ORDER = ["overdueTests", "testsDue", "transfers", "releases", "healthChecks"] as const;

/** The day's counts; each links to its section below. */
export function TaskCounts({ counts }: { counts: TaskCountsValue }) {
  const t = useTranslations("today.counts");
  return (
    <nav aria-label={t("label")}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-5" data-testid="task-counts">
        {ORDER.map((key) => {
          const n = counts[key];
          const urgent = key === "overdueTests" && n > 0;
          return (
            <li key={key}>
              <a
                href={`#${key}`}
                className={`block h-full rounded-lg border bg-white px-4 py-3 hover:border-teal-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 ${urgent ? "border-red-300" : "border-slate-200"}`}
                data-testid={`count-${key}`}
              >
                <span className={`block text-3xl font-semibold tabular-nums ${urgent ? "text-red-700" : n ? "text-slate-900" : "text-slate-400"}`}>{n}</span>
                <span className="block text-sm text-slate-600">{t(key)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
