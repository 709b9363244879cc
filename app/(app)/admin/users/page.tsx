import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/http/page-guard";
import { listUsers } from "@/lib/admin/list-users";
import { jurisdictionName, listCountiesInScope } from "@/lib/jurisdictions/counties";
import { Table } from "@/components/ui/table";
import { Card } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";

export default async function UsersPage() {
  const user = await requirePagePermission("user:manage");
  const [t, ta, locale, format, users, countyRows] = await Promise.all([
    getTranslations("common"),
    getTranslations("admin.users"),
    getLocale(),
    getFormatter(),
    listUsers(user),
    listCountiesInScope(user, undefined, { all: true }),
  ]);
  const counties = countyRows.map((c) => ({ code: c.code, name: jurisdictionName(c, locale), inactive: !c.active }));
  const now = new Date();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <Card title={ta("createTitle")}>
        <CreateUserForm counties={counties.filter((c) => !c.inactive)} />
      </Card>
      <Table
        caption={t("users.title")}
        headers={[t("users.username"), t("users.displayName"), t("users.role"), t("users.county"), t("users.status"), t("users.lastSignIn"), ta("actions")]}
        empty={t("table.empty")}
        rows={users.map((u) => {
          const locked = Boolean(u.lockedUntil && u.lockedUntil > now);
          return {
            key: u.id,
            cells: [
              u.username,
              u.displayName,
              t(`roles.${u.role}`),
              u.county ? jurisdictionName(u.county, locale) : t("allCounties"),
              <span key="s" data-testid={`status-${u.username}`}>
                {!u.active
                  ? t("users.disabled")
                  : locked
                    ? t("users.locked", { until: format.dateTime(u.lockedUntil!, { timeStyle: "short", dateStyle: "short" }) })
                    : t("users.active")}
              </span>,
              u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
              <UserRowActions
                key="a"
                self={u.id === user.id}
                counties={counties}
                account={{ id: u.id, username: u.username, displayName: u.displayName, role: u.role, countyCode: u.countyCode, active: u.active, locked }}
              />,
            ],
          };
        })}
      />
    </section>
  );
}
