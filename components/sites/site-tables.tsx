import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SiteView } from "@/lib/sites/site-view";
import { Badge } from "@/components/ui/badge";
import { CategoryBadge } from "@/components/ui/domain-badges";
import { Table } from "@/components/ui/table";

export function FreeRooms({ site }: { site: Pick<SiteView, "free" | "active"> }) {
  const t = useTranslations("sites.list");
  if (!site.active) return <Badge tone="slate">{t("inactive")}</Badge>;
  return site.free === 0 ? <Badge tone="red">{t("full")}</Badge> : <span className="tabular-nums">{site.free}</span>;
}

export function SitesTable({ sites }: { sites: SiteView[] }) {
  const t = useTranslations("sites.list");
  return (
    <Table
      caption={t("caption")}
      headers={[t("name"), t("address"), t("capacity"), t("occupancy"), t("free"), t("status")]}
      empty={t("empty")}
      rows={sites.map((s) => ({
        key: s.id,
        cells: [
          <Link key="n" href={`/sites/${s.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
            {s.name}
          </Link>,
          s.address ?? "",
          <span key="c" className="tabular-nums">{s.capacity}</span>,
          <span key="o" className="tabular-nums">{s.occupancy}</span>,
          <FreeRooms key="f" site={s} />,
          <Badge key="s" tone={s.active ? "teal" : "slate"}>
            {s.active ? t("active") : t("inactive")}
          </Badge>,
        ],
      }))}
    />
  );
}

export interface Occupant {
  contactId: string;
  personName: string;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  releaseDate: string | null;
}

export function OccupantsTable({ occupants }: { occupants: Occupant[] }) {
  const t = useTranslations("sites.detail");
  return (
    <Table
      caption={t("occupantsCaption")}
      headers={[t("contact"), t("category"), t("releaseDate")]}
      empty={t("occupantsEmpty")}
      rows={occupants.map((o) => ({
        key: o.contactId,
        cells: [
          <Link key="n" href={`/contacts/${o.contactId}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
            {o.personName}
          </Link>,
          <CategoryBadge key="c" category={o.category} />,
          <span key="r" className="tabular-nums">{o.releaseDate ?? ""}</span>,
        ],
      }))}
    />
  );
}
