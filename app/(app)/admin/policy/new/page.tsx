import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/http/page-guard";
import { listPolicyVersions } from "@/lib/policy/list-policies";
import { todayOf } from "@/lib/calendar";
import { addDays } from "@/lib/isolation/dates";
import { PageHeader } from "@/components/ui/page-header";
import { PolicyForm } from "@/components/admin/policy/policy-form";
import { draftFrom } from "@/components/admin/policy/draft";

/** A version name nobody has used: today's date, with a suffix when needed. */
function suggestedVersion(today: string, taken: Set<string>): string {
  if (!taken.has(today)) return today;
  let n = 2;
  while (taken.has(`${today}-${n}`)) n += 1;
  return `${today}-${n}`;
}

export default async function NewPolicyPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const user = await requirePageAccess("policy:manage");
  const [t, { versions }, { from }] = await Promise.all([getTranslations("admin.policy"), listPolicyVersions(user), searchParams]);
  const base = versions.find((v) => v.version === from) ?? versions.find((v) => v.current) ?? versions[0]!;
  const today = todayOf();
  return (
    <section className="space-y-4">
      <PageHeader title={t("newTitle")} subtitle={t("newIntro", { version: base.version })} actions={<Link href="/admin/policy" className="text-sm text-teal-800 underline">{t("back")}</Link>} />
      <PolicyForm initial={draftFrom(base, suggestedVersion(today, new Set(versions.map((v) => v.version))))} today={today} yesterday={addDays(today, -1)} />
    </section>
  );
}
