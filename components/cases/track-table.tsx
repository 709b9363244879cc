import { useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import { Withheld } from "@/components/ui/withheld";
import type { TrackEntry } from "./track-entry-row";

/** The movement track, read only: places and activities withheld from masked viewers read as hidden. */
export function TrackTable({ entries }: { entries: TrackEntry[] }) {
  const t = useTranslations("identity.fields");
  return (
    <Table
      caption={t("track")}
      headers={[t("trackDate"), t("trackPlace"), t("trackActivity")]}
      empty={t("trackEmpty")}
      rows={entries.map((e) => ({
        key: e.id,
        cells: [
          <span key="d" className="tabular-nums">{e.date}</span>,
          <Withheld key="p" value={e.place} hidden={e.hidden.includes("place")} empty="—" />,
          <Withheld key="a" value={e.activity} hidden={e.hidden.includes("activity")} empty="—" />,
        ],
      }))}
    />
  );
}
