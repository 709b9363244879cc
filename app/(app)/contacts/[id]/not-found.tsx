import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function ContactNotFound() {
  const t = await getTranslations("contacts.notFound");
  return <NotFoundPanel title={t("title")} body={t("body")} backHref="/contacts" backLabel={t("back")} testId="contact-not-found" />;
}
