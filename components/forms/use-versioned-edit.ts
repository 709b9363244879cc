"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/http/action";

export interface FormNotice {
  kind: "success" | "error";
  text: string;
}

/**
 * Editing a record under an optimistic lock. The form sends the version it read when editing
 * began. A STALE answer refreshes the page so the newer data shows (the form's own inputs keep
 * what was typed, their defaults come from `snapshot`); saving again then applies the edit to
 * the version now on screen, which the user has seen.
 */
export function useVersionedEdit<T extends { version: number }>(current: T) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [snapshot, setSnapshot] = useState(current);
  const [stale, setStale] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<FormNotice | null>(null);
  const [pending, startTransition] = useTransition();

  function start() {
    setSnapshot(current);
    setStale(false);
    setErrors({});
    setNotice(null);
    setEditing(true);
  }

  function cancel() {
    setEditing(false);
    setStale(false);
    setErrors({});
    setNotice(null);
  }

  function save<R>(send: (version: number) => Promise<ActionResult<R>>, messages: { saved: string; refused: (m: string) => string }) {
    const version = stale ? current.version : snapshot.version;
    startTransition(async () => {
      const result = await send(version);
      if (result.ok) {
        setEditing(false);
        setStale(false);
        setErrors({});
        setNotice({ kind: "success", text: messages.saved });
        router.refresh();
      } else if (result.code === "STALE") {
        setStale(true);
        setErrors({});
        setNotice(null);
        router.refresh();
      } else {
        setErrors(result.fields);
        setNotice({ kind: "error", text: messages.refused(result.message) });
      }
    });
  }

  return { editing, snapshot, stale, errors, notice, pending, start, cancel, save };
}
