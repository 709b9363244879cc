"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function CreateBulletinForm({ today, create }: { today: string; create: (input: unknown) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("bulletins");
  const router = useRouter();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await create({ date });
          if (r.ok) router.push(`/bulletins/${r.data.id}`);
          else setError(Object.values(r.fields)[0] ?? r.message);
        });
      }}
    >
      <label className="text-sm text-slate-700">
        {t("date")}
        <Input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} className="mt-1" required />
      </label>
      <Button type="submit" disabled={pending}>
        {t("generate")}
      </Button>
      {error ? (
        <div className="w-full">
          <Notice kind="error">{error}</Notice>
        </div>
      ) : null}
    </form>
  );
}
