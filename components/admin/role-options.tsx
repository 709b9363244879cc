import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/auth/user";

/** The roles as <option>s, in the user's language. */
export function RoleOptions() {
  const t = useTranslations("common.roles");
  return (
    <>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(r)}
        </option>
      ))}
    </>
  );
}
