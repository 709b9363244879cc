import { useTranslations } from "next-intl";
import { timeLeftMessage } from "@/lib/screening/time";

/** Time to the 24-hour deadline; red once it has passed. */
export function TimeLeft({ minutes }: { minutes: number }) {
  const t = useTranslations("screening");
  const { key, values } = timeLeftMessage(minutes);
  return key === "overdue" ? (
    <span className="font-medium text-red-700" data-testid="time-left" data-overdue="true">
      {t(key, values)}
    </span>
  ) : (
    <span className={minutes < 120 ? "font-medium text-amber-700" : "text-slate-700"} data-testid="time-left">
      {t(key, values)}
    </span>
  );
}
