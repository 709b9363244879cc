import { useTranslations } from "next-intl";

/** Time to the 24-hour deadline; red once it has passed. */
export function TimeLeft({ minutes }: { minutes: number }) {
  const t = useTranslations("screening");
  const abs = Math.abs(minutes);
  const values = { hours: Math.floor(abs / 60), minutes: abs % 60 };
  return minutes < 0 ? (
    <span className="font-medium text-red-700" data-testid="time-left" data-overdue="true">
      {t("overdue", values)}
    </span>
  ) : (
    <span className={minutes < 120 ? "font-medium text-amber-700" : "text-slate-700"} data-testid="time-left">
      {t("timeLeft", values)}
    </span>
  );
}
