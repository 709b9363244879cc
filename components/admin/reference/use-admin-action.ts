"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/http/action";

/** Runs a server action; on success shows `success` and refreshes the page, else keeps the fields' messages. */
export function useAdminAction() {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function run<T>(action: () => Promise<ActionResult<T>>, success: (data: T) => string): Promise<boolean> {
    setPending(true);
    const result = await action();
    setPending(false);
    if (result.ok) {
      setFields({});
      setNotice({ kind: "success", text: success(result.data) });
      router.refresh();
      return true;
    }
    setFields(result.fields);
    setNotice({ kind: "error", text: result.message });
    return false;
  }

  return { fields, notice, pending, run, reset: () => (setFields({}), setNotice(null)) };
}
