"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Purpose } from "@/lib/persons/resolve-match";
import { Button } from "@/components/ui/button";
import { choose, type PublicMatch, type RowDecision } from "./decisions";

const LINK = "font-medium text-teal-800 underline underline-offset-2 hover:text-teal-900";

export function recordHref(m: PublicMatch): string | null {
  if (m.kind === "OPEN_CASE" && m.caseId) return `/cases/${m.caseId}`;
  if (m.contactId) return `/contacts/${m.contactId}`;
  if (m.caseId) return `/cases/${m.caseId}`;
  return null;
}

function Line({ tone, children, testId }: { tone: "error" | "info" | "choice"; children: ReactNode; testId?: string }) {
  const colour = tone === "error" ? "border-red-300 bg-red-50 text-red-900" : tone === "info" ? "border-sky-200 bg-sky-50 text-sky-900" : "border-amber-300 bg-amber-50 text-amber-950";
  return (
    <div className={`space-y-2 rounded-md border px-3 py-2 text-sm ${colour}`} data-testid={testId}>
      {children}
    </div>
  );
}

export interface MatchItemProps {
  match: PublicMatch;
  purpose: Purpose;
  decision: RowDecision | undefined;
  counties: Record<string, string>;
  onDecide: (decision: RowDecision | undefined) => void;
  onFixRow: () => void;
}

/** One match of a row: what was found, and the choice it asks for, if any. */
export function MatchItem({ match: m, purpose, decision, counties, onDecide, onFixRow }: MatchItemProps) {
  const t = useTranslations("identity.match");
  const d = useTranslations("domain");
  const href = recordHref(m);
  const name = m.record?.name ?? "";
  const open = (label: string) =>
    href ? (
      <Link href={href} className={LINK} target="_blank" rel="noopener">
        {label}
      </Link>
    ) : null;

  switch (m.kind) {
    case "OPEN_CASE":
      return (
        <Line tone="error" testId="match-open-case">
          <p>{purpose === "CASE" ? t("openCaseNew", { name }) : t("openCase", { name })}</p>
          {open(t("openCaseLink"))}
        </Line>
      );
    case "ACTIVE_PLAN": {
      const category = m.category ? d(`category.${m.category}`) : "";
      if (purpose === "CASE") {
        return (
          <Line tone="error" testId="match-active-contact">
            <p>{t("activeContact", { name, category })}</p>
            {open(t("openContactLink"))}
          </Line>
        );
      }
      const merging = decision?.onDuplicate === "MERGE";
      return (
        <Line tone={merging ? "info" : "choice"} testId="match-active-plan">
          <p>
            {m.releaseDate ? t("activePlan", { name, category, date: m.releaseDate }) : t("activePlanNoDate", { name, category })} {open(t("openRecord"))}
          </p>
          {merging ? (
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{t("mergeChosen")}</span>
              <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => onDecide(undefined)}>
                {t("undo")}
              </Button>
            </p>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button type="button" className="px-3 py-1.5" onClick={() => onDecide(choose.merge(decision))}>
                {t("merge")}
              </Button>
              <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={onFixRow}>
                {t("fixRow")}
              </Button>
            </div>
          )}
        </Line>
      );
    }
    case "HISTORY":
      if (purpose === "CASE" && m.caseId) {
        return (
          <Line tone="error" testId="match-history-case">
            <p>{t("historyCase", { name })}</p>
            {open(t("openCaseLink"))}
          </Line>
        );
      }
      return (
        <Line tone="info" testId="match-history">
          <p>
            {purpose === "CASE" ? t("historyNewCase", { name }) : t("history", { name })} {open(t("openRecord"))}
          </p>
        </Line>
      );
    case "OTHER_COUNTY":
      return (
        <Line tone="info" testId="match-other-county">
          <p>{t("otherCounty", { county: counties[m.countyCode ?? ""] ?? m.countyCode ?? "" })}</p>
        </Line>
      );
    case "POSSIBLE": {
      const same = decision?.personId === m.personId;
      const other = decision?.onDuplicate === "NEW_PERSON";
      const r = m.record;
      return (
        <Line tone={same || other ? "info" : "choice"} testId="match-possible">
          <p>{t("possible", { name })}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
            <dt className="text-slate-600">{t("idNumber")}</dt>
            <dd className="tabular-nums">{r?.idNumber ?? "—"}</dd>
            <dt className="text-slate-600">{t("phone")}</dt>
            <dd className="tabular-nums">{r?.phone ?? "—"}</dd>
            <dt className="text-slate-600">{t("state")}</dt>
            <dd>
              {t(`states.${m.state ?? "HISTORY"}`)} {open(t("openRecord"))}
            </dd>
          </dl>
          {same || other ? (
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{same ? (m.state === "ACTIVE_PLAN" ? t("samePersonMergeChosen") : t("samePersonChosen")) : t("newPersonChosen")}</span>
              <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => onDecide(undefined)}>
                {t("undo")}
              </Button>
            </p>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button type="button" className="px-3 py-1.5" onClick={() => onDecide(choose.samePerson(m))}>
                {t("samePerson")}
              </Button>
              <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={() => onDecide(choose.newPerson())}>
                {t("notSamePerson")}
              </Button>
            </div>
          )}
        </Line>
      );
    }
  }
}
