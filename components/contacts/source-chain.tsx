import Link from "next/link";
import { useTranslations } from "next-intl";
import { CategoryBadge, StatusBadge } from "@/components/ui/domain-badges";
import { LinkButton } from "@/components/ui/link-button";
import type { SourceChain as Chain } from "@/lib/contacts/source-chain";

const LINK = "font-medium text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600";

/**
 * Where the exposure came from (case → close contact → this contact), who was exposed to
 * this person, and — after a positive result — the case it became and the contacts that
 * escalation upgraded.
 */
export function SourceChain({
  chain,
  personName,
  category,
  enterSecondaryHref,
}: {
  chain: Chain;
  personName: string;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  /** Where to enter this close contact's secondary contacts (the grid), when allowed. */
  enterSecondaryHref?: string;
}) {
  const t = useTranslations("contacts.chain");
  const td = useTranslations("domain");
  const upgraded = chain.resultingCase ? chain.exposed.filter((c) => c.previousCategory === "SECONDARY" && c.category === "CLOSE") : [];
  const exposed = chain.exposed.filter((c) => !upgraded.includes(c));
  return (
    <div className="space-y-4" id="source-chain">
      <ol aria-label={t("label")} className="space-y-2 text-sm" data-testid="source-chain">
        {chain.chain.map((link, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2">
            <span aria-hidden className="text-slate-400">{i === 0 ? "●" : "↓"}</span>
            {link.kind === "CASE" ? (
              <>
                <Link className={LINK} href={`/cases/${link.id}`}>
                  {link.name}
                </Link>
                <span className="text-slate-600">{td(`classification.${link.classification}`)}</span>
              </>
            ) : link.kind === "CONTACT" ? (
              <>
                <Link className={LINK} href={`/contacts/${link.id}`}>
                  {link.name}
                </Link>
                <CategoryBadge category={link.category} />
                {link.status !== "ACTIVE" ? <StatusBadge status={link.status} /> : null}
              </>
            ) : (
              <span className="text-slate-500 italic">{t("hidden")}</span>
            )}
          </li>
        ))}
        <li className="flex flex-wrap items-center gap-2">
          <span aria-hidden className="text-slate-400">{chain.chain.length ? "↓" : "●"}</span>
          <span className="font-medium" aria-current="page">
            {personName}
          </span>
          <CategoryBadge category={category} />
          <span className="text-slate-500">({t("this")})</span>
        </li>
      </ol>

      {chain.resultingCase ? (
        <div className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm" data-testid="escalation">
          <h3 className="font-medium text-red-900">{t("becameCaseTitle")}</h3>
          <p>
            {t("becameCase")}{" "}
            <Link className={LINK} href={`/cases/${chain.resultingCase.id}`}>
              {t("openCase", { name: chain.resultingCase.name })}
            </Link>
          </p>
          <h4 className="font-medium text-red-900">{t("upgradedTitle")}</h4>
          {upgraded.length ? (
            <ul className="space-y-1" data-testid="upgraded-contacts">
              {upgraded.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2">
                  <Link className={LINK} href={`/contacts/${c.id}`}>
                    {c.name}
                  </Link>
                  <CategoryBadge category={c.category} />
                  <span className="text-slate-600">{t("wasCategory", { category: td(`category.${c.previousCategory ?? "SECONDARY"}`) })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">{t("upgradedNone")}</p>
          )}
        </div>
      ) : null}

      {(category === "CLOSE" && !chain.resultingCase) || exposed.length ? (
        <div className="space-y-1 text-sm">
          <h3 className="font-medium text-slate-700">{t("exposedTitle")}</h3>
          {exposed.length ? (
            <ul className="space-y-1" data-testid="exposed-contacts">
              {exposed.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2">
                  <Link className={LINK} href={`/contacts/${c.id}`}>
                    {c.name}
                  </Link>
                  <CategoryBadge category={c.category} />
                  {c.status !== "ACTIVE" ? <StatusBadge status={c.status} /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">{t("exposedEmpty")}</p>
          )}
          {enterSecondaryHref ? (
            <LinkButton href={enterSecondaryHref} className="mt-2" data-testid="enter-secondary">
              {t("enterSecondary")}
            </LinkButton>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
