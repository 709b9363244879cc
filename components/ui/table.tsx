import type { ReactNode } from "react";

/** A plain data table: header labels, rows of cells, and what to say when there are none. */
export function Table({
  headers,
  rows,
  empty,
  caption,
}: {
  headers: ReactNode[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: ReactNode;
  caption?: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-50">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2 text-left font-medium whitespace-nowrap text-slate-600">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="px-4 py-6 text-center text-slate-500">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key} className="hover:bg-slate-50">
                {r.cells.map((c, i) => (
                  <td key={i} className="px-4 py-2 align-top whitespace-nowrap">
                    {c}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
