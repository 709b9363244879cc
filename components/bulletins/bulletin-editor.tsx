"use client";
// The draft's text with the workflow's buttons: save (a reviewed text goes back to draft),
// review, publish; for a published bulletin, the start of a correction. Every step sends the
// version the page was rendered with, so a change made meanwhile is refused, not overwritten.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Step = (input: unknown) => Promise<ActionResult<{ id: string; version: number }>>;

export interface EditorProps {
  bulletin: { id: string; status: "DRAFT" | "REVIEWED" | "PUBLISHED"; version: number; title: string; body: string; corrected: boolean };
  save: Step;
  review: (version: number) => Promise<ActionResult<{ id: string; version: number }>>;
  publish: (version: number) => Promise<ActionResult<{ id: string; version: number }>>;
  correct: Step;
}

export function BulletinEditor({ bulletin, save, review, publish, correct }: EditorProps) {
  const t = useTranslations("bulletins");
  const router = useRouter();
  const [title, setTitle] = useState(bulletin.title);
  const [body, setBody] = useState(bulletin.body);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (step: () => Promise<ActionResult<{ id: string; version: number }>>, goTo?: (id: string) => string) =>
    start(async () => {
      setError(null);
      const r = await step();
      if (!r.ok) return setError(Object.values(r.fields)[0] ?? r.message);
      if (goTo) router.push(goTo(r.data.id));
      else router.refresh();
    });
  const published = bulletin.status === "PUBLISHED";
  const dirty = title !== bulletin.title || body !== bulletin.body;

  return (
    <div className="space-y-3">
      {error ? <Notice kind="error">{error}</Notice> : null}
      {published ? (
        <>
          <h2 className="text-lg font-semibold">{bulletin.title}</h2>
          <p className="text-sm whitespace-pre-wrap" data-testid="bulletin-body">
            {bulletin.body}
          </p>
          {bulletin.corrected ? null : (
            <form
              className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3"
              onSubmit={(e) => {
                e.preventDefault();
                run(() => correct({ correctionNote: note }), (id) => `/bulletins/${id}`);
              }}
            >
              <label className="grow text-sm text-slate-700">
                {t("correctionNote")}
                <Input value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 w-full" required maxLength={500} />
              </label>
              <Button type="submit" variant="secondary" disabled={pending}>
                {t("correct")}
              </Button>
            </form>
          )}
        </>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => save({ version: bulletin.version, title, body }));
          }}
        >
          <label className="block text-sm text-slate-700">
            {t("titleField")}
            <Input value={title} onChange={(e) => setTitle(e.target.value)} className="mt-1 w-full" required maxLength={200} />
          </label>
          <label className="block text-sm text-slate-700">
            {t("bodyField")}
            <textarea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={10}
              required
              maxLength={5000}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </label>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" disabled={pending || !dirty}>
              {t("save")}
            </Button>
            {bulletin.status === "DRAFT" ? (
              <Button type="button" disabled={pending || dirty} onClick={() => run(() => review(bulletin.version))}>
                {t("review")}
              </Button>
            ) : (
              <Button type="button" disabled={pending || dirty} onClick={() => run(() => publish(bulletin.version))}>
                {t("publish")}
              </Button>
            )}
          </div>
          {dirty ? <p className="text-xs text-slate-500">{t("saveFirst")}</p> : null}
        </form>
      )}
    </div>
  );
}
