export interface CountyOption {
  code: string;
  name: string;
}

export function CountyOptions({ counties, noneLabel }: { counties: CountyOption[]; noneLabel: string }) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {counties.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
