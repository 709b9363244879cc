"use client";
// The import's state on the page: upload (with its progress), the preview, what the user changed
// (mapping, cells, decisions, picked people), re-checks and the commit. Every check runs on the
// server (POST /api/v1/imports…); this only keeps what the user did between requests.
import { useCallback, useState } from "react";
import type { ApiError, CommitAnswer, Preview, Settings } from "./types";

export type Phase = "idle" | "uploading" | "checking" | "committing";

const EMPTY: Settings = { edits: [], decisions: [], mergeReExposures: false, assignments: [] };

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json()) as T | ApiError;
  if (!res.ok) throw json as ApiError;
  return json as T;
}

export function useImport(kind: "CONTACTS" | "LAB_RESULTS", caseId?: string) {
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [settings, setSettings] = useState<Settings>(EMPTY);
  const [error, setError] = useState<ApiError["error"] | null>(null);
  const [done, setDone] = useState<CommitAnswer | null>(null);

  const upload = useCallback(
    (file: File) => {
      setError(null);
      setDone(null);
      setSettings(EMPTY);
      setPhase("uploading");
      setProgress(0);
      const form = new FormData();
      form.set("kind", kind);
      if (caseId) form.set("caseId", caseId);
      form.set("file", file);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/v1/imports");
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
        if (e.loaded === e.total) setPhase("checking");
      };
      xhr.onload = () => {
        setPhase("idle");
        try {
          const json = JSON.parse(xhr.responseText) as Preview | ApiError;
          if (xhr.status === 201) setPreview(json as Preview);
          else setError((json as ApiError).error);
        } catch {
          setError({ code: "INTERNAL", message: xhr.statusText });
        }
      };
      xhr.onerror = () => {
        setPhase("idle");
        setError({ code: "NETWORK", message: "Network error" });
      };
      xhr.send(form);
    },
    [kind, caseId],
  );

  const recheck = useCallback(
    async (next: Settings = settings) => {
      if (!preview) return;
      setSettings(next);
      setPhase("checking");
      setError(null);
      try {
        setPreview(await postJson<Preview>(`/api/v1/imports/${preview.id}/preview`, next));
      } catch (e) {
        setError((e as ApiError).error);
      } finally {
        setPhase("idle");
      }
    },
    [preview, settings],
  );

  const commit = useCallback(
    async (mode: "ALL" | "VALID_ONLY") => {
      if (!preview) return;
      setPhase("committing");
      setError(null);
      try {
        const answer = await postJson<CommitAnswer>(`/api/v1/imports/${preview.id}/commit`, { ...settings, mode });
        setDone(answer);
        setPreview(await postJson<Preview>(`/api/v1/imports/${preview.id}/preview`, settings));
      } catch (e) {
        setError((e as ApiError).error);
      } finally {
        setPhase("idle");
      }
    },
    [preview, settings],
  );

  const confirmPositive = useCallback(
    async (row: number, contactId: string) => {
      if (!preview) return;
      setError(null);
      try {
        await postJson(`/api/v1/imports/${preview.id}/confirm`, { ...settings, row, contactId });
        setPreview(await postJson<Preview>(`/api/v1/imports/${preview.id}/preview`, settings));
      } catch (e) {
        setError((e as ApiError).error);
      }
    },
    [preview, settings],
  );

  const edit = (row: number, field: string, value: string) =>
    setSettings((s) => ({ ...s, edits: [...s.edits.filter((e) => !(e.row === row && e.field === field)), { row, field, value }] }));

  return { phase, progress, preview, settings, setSettings, error, done, upload, recheck, commit, confirmPositive, edit };
}
export type ImportState = ReturnType<typeof useImport>;
