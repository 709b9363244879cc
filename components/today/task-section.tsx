import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";

/** One kind of task: a heading the counts link to, and its table (or the empty message). */
export function TaskSection({
  id,
  title,
  count,
  headers,
  rows,
  empty,
}: {
  id: string;
  title: string;
  count: number;
  headers: ReactNode[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-2" data-testid={`section-${id}`}>
      <h2 id={`${id}-title`} className="flex items-baseline gap-2 text-lg font-semibold">
        {title}
        <span className="rounded-full bg-slate-100 px-2 text-sm font-normal text-slate-600 tabular-nums">{count}</span>
      </h2>
      <Table caption={title} headers={headers} rows={rows} empty={empty} />
    </section>
  );
}
