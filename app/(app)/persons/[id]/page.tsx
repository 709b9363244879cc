import { redirect } from "next/navigation";
import { loadOr404 } from "@/lib/http/page-load";
import { requirePagePermission } from "@/lib/http/page-guard";
import { getPersonRecord, recordHref } from "@/lib/persons/search-persons";

/** A person record stands for its open case, else its running contact, else its latest record. */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("case:write");
  const { id } = await params;
  const record = await loadOr404(getPersonRecord(user, id));
  redirect(recordHref(record) ?? "/cases");
}
