import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { listUsers } from "@/lib/admin/list-users";
import { jurisdictionName } from "@/lib/jurisdictions/counties";
import { Table } from "@/components/ui/table";

export default async function UsersPage() {
  const user = await requirePagePermission("user:manage");
  const [t, locale, format, users] = await Promise.all([
    getTranslations("common"),
    getLocale(),
    getFormatter(),
    listUsers(user),
  ]);
  const now = new Date();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <Table
        caption={t("users.title")}
        headers={[t("users.username"), t("users.displayName"), t("users.role"), t("users.county"), t("users.status"), t("users.lastSignIn")]}
        empty={t("table.empty")}
        rows={users.map((u) => ({
          key: u.id,
          cells: [
            u.username,
            u.displayName,
            t(`roles.${u.role}`),
            u.county ? jurisdictionName(u.county, locale) : t("allCounties"),
            !u.active
              ? t("users.disabled")
              : u.lockedUntil && u.lockedUntil > now
                ? t("users.locked", { until: format.dateTime(u.lockedUntil, { timeStyle: "short", dateStyle: "short" }) })
                : t("users.active"),
            u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
          ],
        }))}
      />
    </section>
  );
}
