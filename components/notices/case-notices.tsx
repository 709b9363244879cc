import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { Card } from "@/components/ui/page-header";
import type { SessionUser } from "@/lib/auth/user";
import { seesFull } from "@/lib/privacy/mask";
import { NOTICE_CHOICES } from "@/lib/notices/schemas";

interface CaseContact {
  id: string;
  status: string;
  person: { name: string };
}

/** The case page's notices: all of the case's contacts at once, or a selection (a plain GET form). */
export async function CaseNotices({ user, caseId, contacts }: { user: SessionUser; caseId: string; contacts: CaseContact[] }) {
  if (!seesFull(user) || contacts.length === 0) return null;
  const t = await getTranslations("notices");
  const listed = contacts.filter((c) => c.status === "ACTIVE" || c.status === "RELEASED");
  return (
    <Card title={t("batchTitle")} actions={<LinkButton href={`/notices/print?kind=auto&case=${caseId}`}>{t("choose.auto")}</LinkButton>}>
      <form method="get" action="/notices/print" className="space-y-3 text-sm" data-testid="case-notices">
        <p className="text-slate-600">{t("batchHint")}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {listed.map((c) => (
            <label key={c.id} className="inline-flex items-center gap-1">
              <input type="checkbox" name="id" value={c.id} />
              {c.person.name}
            </label>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <select name="kind" defaultValue="auto" className="rounded-md border border-slate-300 px-2 py-1.5">
            {NOTICE_CHOICES.map((k) => (
              <option key={k} value={k}>
                {t(`choose.${k}`)}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary">
            {t("printSelected")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
