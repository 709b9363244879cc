"use client";

import { useTranslations } from "next-intl";
import type { Purpose } from "@/lib/persons/resolve-match";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { predict, refusalOf, type PublicMatch, type RowDecision, type RowStatus } from "./decisions";
import { MatchItem } from "./match-item";

/** What the user typed for the person, to set beside what the county's record holds. */
export interface TypedPerson {
  name: string;
  phone?: string;
  sex?: string;
  birthDate?: string;
}

export interface PanelRow {
  key: string;
  /** How the form names the row to the user ("第 3 行"). */
  label: string;
  typed: TypedPerson;
  matches: PublicMatch[];
  decision: RowDecision | undefined;
  status: RowStatus;
  /** Typed differently since the matches were looked up. */
  edited: boolean;
}

export interface MatchPanelProps {
  purpose: Purpose;
  rows: PanelRow[];
  /** County names by code, for the county that manages a person. */
  counties: Record<string, string>;
  /** "row" in a grid, "form" in a single-record form (how typed values are named). */
  where: "row" | "form";
  onDecide: (key: string, decision: RowDecision | undefined) => void;
  /** Takes the user to the row to correct it. */
  onFixRow: (key: string) => void;
  /** Removes the row, where the form has rows to remove. */
  onRemoveRow?: (key: string) => void;
}

const STATUS_TONE = { READY: "green", UNDECIDED: "amber", REFUSED: "red" } as const;

/**
 * The matches found before saving, row by row (docs/domain.md "Identity and privacy"): each
 * with what was found and the decision it needs. It knows rows only by key and holds no state:
 * the form (grid, new-case form) keeps rows and decisions and decides when to save.
 */
export function MatchPanel({ purpose, rows, counties, where, onDecide, onFixRow, onRemoveRow }: MatchPanelProps) {
  const t = useTranslations("identity.panel");
  const shown = rows.filter((r) => r.matches.length > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="match-panel-title" className="space-y-3 rounded-lg border border-amber-300 bg-white p-4" data-testid="match-panel">
      <div>
        <h2 id="match-panel-title" className="font-medium text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{where === "row" ? t("introRows") : t("introForm")}</p>
      </div>
      <ol className="space-y-3">
        {shown.map((row) => (
          <MatchCard key={row.key} row={row} purpose={purpose} counties={counties} where={where} onDecide={onDecide} onFixRow={onFixRow} onRemoveRow={onRemoveRow} />
        ))}
      </ol>
    </section>
  );
}

function MatchCard({ row, purpose, counties, where, onDecide, onFixRow, onRemoveRow }: Omit<MatchPanelProps, "rows"> & { row: PanelRow }) {
  const t = useTranslations("identity.panel");
  const m = useTranslations("identity.match");
  const refusal = refusalOf(predict(row.matches, row.decision, purpose));
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="match-row" data-row-key={row.key} data-status={row.edited ? "EDITED" : row.status}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{row.label}</span>
        {row.typed.name ? <span className="text-sm text-slate-600">{t("typedName", { name: row.typed.name })}</span> : null}
        {row.edited ? <Badge tone="slate">{t("editedBadge")}</Badge> : <Badge tone={STATUS_TONE[row.status]}>{t(`status.${row.status}`)}</Badge>}
      </div>
      {row.edited ? (
        <p className="text-sm text-slate-700">{t("edited")}</p>
      ) : (
        <>
          {refusal === "PERSON_CONFLICT" ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{m("personConflict")}</p> : null}
          {row.matches.map((match, i) => (
            <MatchItem
              key={`${match.kind}-${match.personId ?? match.countyCode ?? i}`}
              match={match}
              purpose={purpose}
              decision={row.decision}
              counties={counties}
              onDecide={(d) => onDecide(row.key, d)}
              onFixRow={() => onFixRow(row.key)}
            />
          ))}
          <Differences matches={row.matches} typed={row.typed} where={where} />
          {refusal ? (
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={() => onFixRow(row.key)}>
                {m("fixRow")}
              </Button>
              {onRemoveRow ? (
                <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={() => onRemoveRow(row.key)}>
                  {m("removeRow")}
                </Button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}

const FIELDS = ["name", "phone", "sex", "birthDate"] as const;

/** Where the county's record and the typed values differ: the record keeps its values. */
function Differences({ matches, typed, where }: { matches: PublicMatch[]; typed: TypedPerson; where: "row" | "form" }) {
  const t = useTranslations("identity.match");
  const d = useTranslations("domain");
  const lines = matches.flatMap((m) =>
    m.kind === "POSSIBLE" || m.kind === "OTHER_COUNTY" || !m.record
      ? []
      : FIELDS.filter((f) => m.differences?.includes(f)).map((f) => {
          const show = (v: string | null | undefined) => (f === "sex" && v ? d(`sex.${v as "MALE" | "FEMALE"}`) : (v ?? ""));
          return { key: `${m.personId}-${f}`, text: t("difference", { field: t(`fields.${f}`), recorded: show(m.record?.[f]), typed: show(typed[f]), where }) };
        }),
  );
  if (lines.length === 0) return null;
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700" data-testid="match-differences">
      {lines.map((l) => (
        <li key={l.key}>{l.text}</li>
      ))}
    </ul>
  );
}
