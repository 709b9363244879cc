"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { mergePersonsAction } from "@/app/(app)/persons/actions";
import { FormErrorNotice } from "@/components/contacts/form-error";
import { useActionForm } from "@/components/contacts/use-action-form";
import { Button } from "@/components/ui/button";

/** Confirms the merge, then goes to the kept record. */
export function MergeConfirm({ keepPersonId, mergePersonId }: { keepPersonId: string; mergePersonId: string }) {
  const t = useTranslations("identity.merge");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();
  return (
    <div className="space-y-2">
      <FormErrorNotice error={error} />
      <Button
        type="button"
        variant="danger"
        disabled={pending}
        onClick={() => submit(() => mergePersonsAction({ keepPersonId, mergePersonId }), (data) => router.push(`/persons/${data.personId}?merged=1`))}
      >
        {pending ? t("merging") : t("confirm")}
      </Button>
    </div>
  );
}
