import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MergedInto, OpenRequest } from "@/lib/contacts/contact-links";
import { Notice } from "@/components/ui/notice";

const LINK = "font-medium underline underline-offset-2";

/**
 * A registration merged into the record that manages the person (docs/domain.md "Identity and
 * privacy"): a link when that record is this county's; otherwise only the managing county.
 */
export function MergedBanner({ mergedInto, counties, record }: { mergedInto: MergedInto; counties: Record<string, string>; record: "CONTACT" | "CASE" }) {
  const t = useTranslations("identity.banner");
  const county = counties[mergedInto.countyCode] ?? mergedInto.countyCode;
  const href = mergedInto.id ? (mergedInto.kind === "CASE" ? `/cases/${mergedInto.id}` : `/contacts/${mergedInto.id}`) : null;
  return (
    <Notice kind="info" testId="merged-banner">
      <p className="font-medium">{record === "CASE" ? t("caseMerged") : mergedInto.kind === "CASE" ? t("contactMergedIntoCase") : t("contactMerged")}</p>
      {href ? (
        <p className="mt-1">
          <Link href={href} className={LINK}>
            {mergedInto.kind === "CASE" ? t("openCase") : t("openRunning")}
          </Link>
        </p>
      ) : (
        <p className="mt-1" data-testid="managed-elsewhere">
          {t("managedBy", { county })}
        </p>
      )}
    </Notice>
  );
}

/** 协查 and transfers still open about this record. */
export function OpenRequestsBanner({ assists, transfer, counties }: { assists: OpenRequest[]; transfer: OpenRequest | null; counties: Record<string, string> }) {
  const t = useTranslations("identity.banner");
  if (assists.length === 0 && !transfer) return null;
  const name = (code: string) => counties[code] ?? code;
  return (
    <Notice kind="warning" testId="requests-banner">
      <ul className="space-y-1">
        {assists.map((a) => (
          <li key={a.id}>
            <span className="font-medium">{a.direction === "OUTGOING" ? t("assistOutgoing", { county: name(a.countyCode) }) : t("assistIncoming", { county: name(a.countyCode) })}</span>{" "}
            <Link href={`/requests/assists/${a.id}`} className={LINK}>
              {a.direction === "OUTGOING" ? t("view") : t("answer")}
            </Link>
          </li>
        ))}
        {transfer ? (
          <li>
            <span className="font-medium">{transfer.direction === "OUTGOING" ? t("transferOutgoing", { county: name(transfer.countyCode) }) : t("transferIncoming", { county: name(transfer.countyCode) })}</span>{" "}
            <Link href={`/requests/transfers/${transfer.id}`} className={LINK}>
              {t("view")}
            </Link>
          </li>
        ) : null}
      </ul>
    </Notice>
  );
}
