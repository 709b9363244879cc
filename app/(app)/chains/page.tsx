import { getLocale, getTranslations } from "next-intl/server";
import { getCountyChains } from "@/lib/chains/get-chains";
import { jurisdictionName, listCountiesInScope } from "@/lib/jurisdictions/counties";
import { requirePagePermission } from "@/lib/http/page-guard";
import { toAppError } from "@/lib/http/map-error";
import { translate } from "@/lib/i18n/catalogue";
import { ChainPanel } from "@/components/chains/chain-panel";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";

type Props = { searchParams: Promise<{ county?: string; from?: string; to?: string }> };

/** /chains?county=&from=&to= — a county's transmission chains over a date range. */
export default async function ChainsPage({ searchParams }: Props) {
  const user = await requirePagePermission("case:read");
  const sp = await searchParams;
  const [t, locale, counties] = await Promise.all([getTranslations("chains"), getLocale(), listCountiesInScope(user)]);
  const countyCode = sp.county || user.countyCode || counties[0]?.code;
  const input = { countyCode, from: sp.from || undefined, to: sp.to || undefined };
  let result: Awaited<ReturnType<typeof getCountyChains>> | null = null;
  let error: string | null = null;
  try {
    result = await getCountyChains(user, input);
  } catch (e) {
    const known = toAppError(e);
    if (!known) throw e;
    const field = known.fields[0];
    error = translate(locale, field?.key ?? known.key, field?.values ?? known.values);
  }
  const countyName = (code: string | undefined) => {
    const c = counties.find((x) => x.code === code);
    return c ? jurisdictionName(c, locale) : (code ?? "");
  };
  return (
    <section>
      <PageHeader
        title={t("title")}
        subtitle={result ? t("subtitle", { county: countyName(result.countyCode), from: result.from, to: result.to }) : undefined}
        actions={
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("filters")}>
            <label className="text-sm text-slate-700">
              {t("county")}
              <Select name="county" defaultValue={countyCode} className="mt-1">
                {counties.map((c) => (
                  <option key={c.code} value={c.code}>
                    {jurisdictionName(c, locale)}
                  </option>
                ))}
              </Select>
            </label>
            <label className="text-sm text-slate-700">
              {t("from")}
              <Input type="date" name="from" defaultValue={result?.from ?? sp.from} className="mt-1" />
            </label>
            <label className="text-sm text-slate-700">
              {t("to")}
              <Input type="date" name="to" defaultValue={result?.to ?? sp.to} className="mt-1" />
            </label>
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
        }
      />
      {error ? <Notice kind="error">{error}</Notice> : null}
      {result ? <ChainPanel graph={result.graph} title={t("title")} /> : null}
    </section>
  );
}
