"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import type { SiteView } from "@/lib/sites/site-view";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { Notice } from "@/components/ui/notice";
import { useCreateForm } from "@/components/forms/use-create-form";
import { Card } from "@/components/ui/page-header";
import { SiteFields, sitePayload } from "./site-fields";

export function NewSiteForm({ create }: { create: (input: unknown) => Promise<ActionResult<SiteView>> }) {
  const t = useTranslations("sites.new");
  const { formRef, errors, refusal, pending, submit } = useCreateForm(create, (s) => `/sites/${s.id}?created=1`);
  const notice = refusal ? t("refused", { message: refusal }) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = sitePayload(event.currentTarget, false);
    submit(input);
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
