import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ContactDetail } from "@/lib/contacts/contact-view";
import { Withheld } from "@/components/ui/withheld";

/** The contact's key facts as a definition list. */
export function ContactFacts({ contact, countyName }: { contact: ContactDetail; countyName: string | null }) {
  const t = useTranslations("contacts.detail");
  const td = useTranslations("domain");
  const ti = useTranslations("identity.fields");
  const rows: [string, ReactNode][] = [
    [t("idNumber"), contact.person.idNumber ? <span className="tabular-nums">{contact.person.idNumber}</span> : "—"],
    [t("phone"), contact.person.phone ? <span className="tabular-nums">{contact.person.phone}</span> : "—"],
    [t("lastExposure"), contact.lastExposureDate],
    [t("identified"), contact.identifiedDate],
    [t("releaseDate"), contact.plan?.releaseDate ?? "—"],
    [t("site"), contact.site?.name ?? t("noSite")],
    [t("exposureSetting"), contact.exposureSetting ? td(`exposureSetting.${contact.exposureSetting}`) : "—"],
    // Free text: withheld from viewers who see personal data masked (it may hold a phone number).
    [ti("exposureNote"), <Withheld key="n" value={contact.exposureNote} hidden={contact.hidden.includes("exposureNote")} empty="—" />],
    [t("county"), countyName ?? contact.countyCode],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="contact-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
