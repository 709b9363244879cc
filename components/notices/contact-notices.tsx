import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import type { SessionUser } from "@/lib/auth/user";
import { noticesGiven } from "@/lib/notices/record-notice";
import { seesFull } from "@/lib/privacy/mask";
import { formatLocal } from "@/lib/screening/time";

/**
 * The contact page's notices: print buttons for the notices its category calls for (the print
 * page refuses a release certificate with the reason while release is not allowed) and who gave
 * which notice when.
 */
export async function ContactNotices({ user, contact }: { user: SessionUser; contact: { id: string; category: string; status: string } }) {
  if (!seesFull(user)) return null;
  const [t, given] = await Promise.all([getTranslations("notices"), noticesGiven(user, contact.id)]);
  const active = contact.status === "ACTIVE";
  const href = (kind: string) => `/notices/print?kind=${kind}&id=${contact.id}`;
  return (
    <section aria-label={t("given")} className="flex flex-wrap items-center gap-2 text-sm" data-testid="contact-notices">
      {active && contact.category !== "GENERAL" ? <LinkButton href={href("isolation")}>{t("choose.isolation")}</LinkButton> : null}
      {active && contact.category === "GENERAL" ? <LinkButton href={href("risk")}>{t("choose.risk")}</LinkButton> : null}
      {active || contact.status === "RELEASED" ? <LinkButton href={href("release")}>{t("choose.release")}</LinkButton> : null}
      <span className="text-slate-600" data-testid="notices-given">
        {t("given")}：
        {given.length ? given.map((g) => t("givenLine", { kind: t(`kinds.${g.kind}`), name: g.givenByName, at: formatLocal(new Date(g.givenAt)) })).join("；") : t("noneGiven")}
      </span>
    </section>
  );
}
