export interface CountyOption {
  code: string;
  name: string;
  /** A deactivated county: shown for accounts that belong to it, not offered for others. */
  inactive?: boolean;
}

export function CountyOptions({ counties, noneLabel }: { counties: CountyOption[]; noneLabel: string }) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {counties.map((c) => (
        <option key={c.code} value={c.code} disabled={c.inactive}>
          {c.name}
        </option>
      ))}
    </>
  );
}
