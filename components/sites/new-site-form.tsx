"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import type { SiteView } from "@/lib/sites/site-view";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/page-header";
import { SiteFields, sitePayload } from "./site-fields";

export function NewSiteForm({ create }: { create: (input: unknown) => Promise<ActionResult<SiteView>> }) {
  const t = useTranslations("sites.new");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [errors]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = sitePayload(event.currentTarget, false);
    startTransition(async () => {
      const result = await create(input);
      if (result.ok) {
        router.push(`/sites/${result.data.id}?created=1`);
        return;
      }
      setErrors(result.fields);
      setNotice(t("refused", { message: result.message }));
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {notice ? <Notice kind="error">{notice}</Notice> : null}
      <Card>
        <SiteFields prefix="new-site" defaults={{ name: "", address: "", capacity: "" }} errors={errors} />
      </Card>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <LinkButton href="/sites">{t("cancel")}</LinkButton>
      </div>
    </form>
  );
}
