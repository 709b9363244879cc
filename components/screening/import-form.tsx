"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { importPushListAction } from "@/app/(app)/screening/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { MAX_FILE_BYTES } from "@/lib/screening/limits";

const COLUMN_KEYS = ["name", "phone", "idNumber", "reason", "sourceArea", "arrivalDate", "pushedAt"];

/** Upload a push list; every refused row is listed by row and column, nothing is imported then. */
export function ImportForm() {
  const t = useTranslations("screening");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: true; count: number; ignored: string[] } | { ok: false; message: string; lines: string[] } | null>(null);

  const label = (path: string) => {
    const m = /^rows\.(\d+)\.(\w+)/.exec(path);
    if (!m) return "";
    const column = COLUMN_KEYS.includes(m[2]!) ? t(`columns.${m[2]}` as "columns.name") : m[2]!;
    return `${t("import.row", { row: Number(m[1]) })} · ${column}：`;
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (file instanceof File && file.size > MAX_FILE_BYTES) {
      setResult({ ok: false, message: t("import.tooLarge", { max: MAX_FILE_BYTES / 1024 }), lines: [] });
      return;
    }
    setResult(null);
    start(async () => {
      const r = await importPushListAction(form);
      if (r.ok) {
        setResult({ ok: true, count: r.data.imported, ignored: r.data.ignoredColumns });
        router.refresh();
      } else {
        setResult({ ok: false, message: r.message, lines: Object.entries(r.fields).map(([path, msg]) => `${label(path)}${msg}`) });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="screening-import">
      <p className="text-sm text-slate-600">{t("import.hint")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm">
          <span className="sr-only">{t("import.file")}</span>
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="text-sm" />
        </label>
        <Button type="submit" disabled={pending}>
          {t("import.submit")}
        </Button>
      </div>
      {result?.ok ? (
        <Notice kind="success" testId="import-result">
          <p>{t("import.done", { count: result.count })}</p>
          {result.ignored.length ? <p>{t("import.ignored", { columns: result.ignored.join("、") })}</p> : null}
        </Notice>
      ) : result ? (
        <Notice kind="error" testId="import-result">
          <p>{result.message}</p>
          {result.lines.length ? (
            <ul className="mt-1 list-disc pl-5">
              {result.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </form>
  );
}
