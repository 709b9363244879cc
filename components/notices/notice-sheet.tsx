import { getTranslations } from "next-intl/server";
import type { NoticeDoc } from "@/lib/notices/build-notices";

/** One A4 notice (styles in app/(app)/notices/print/print.css). */
export async function NoticeSheet({ doc, county, today }: { doc: NoticeDoc; county: string; today: string }) {
  const [t, d] = await Promise.all([getTranslations("notices"), getTranslations("domain")]);
  const firstStart = doc.plan.phases[0]?.startDate ?? doc.identifiedDate;
  const phase = doc.phase ? doc.plan.phases.find((p) => p.kind === doc.phase) : undefined;
  const row = (label: string, value: string) => (
    <tr key={label}>
      <th scope="row" className="w-36 border border-slate-400 px-2 py-1 text-left font-normal">{label}</th>
      <td className="border border-slate-400 px-2 py-1">{value}</td>
    </tr>
  );
  let body: string;
  if (doc.kind === "RISK") body = t("body.risk", { identifiedDate: doc.identifiedDate, start: firstStart, end: doc.plan.releaseDate });
  else if (doc.kind === "RELEASE") body = t("body.release", { start: firstStart, date: doc.releasedOn ?? doc.plan.releaseDate });
  else body = t("body.isolation", { category: d(`category.${doc.category}`), phase: d(`phase.${doc.phase!}`), start: phase?.startDate ?? firstStart });
  return (
    <article className="notice-sheet text-[15px] leading-7 text-black" data-testid="notice-sheet" data-kind={doc.kind}>
      <h1 className="mb-6 text-center text-2xl font-bold tracking-widest">{t(`kinds.${doc.kind}`)}</h1>
      <p>{t("body.greeting", { name: doc.name })}</p>
      <p className="indent-8">{body}</p>
      {doc.kind === "HOME_ISOLATION" ? <p className="indent-8">{t("body.home")}</p> : null}
      {doc.kind === "CENTRALIZED_ISOLATION" ? <p className="indent-8">{t("body.centralized")}</p> : null}
      <table className="my-4 w-full border-collapse text-sm">
        <tbody>
          {row(t("fields.name"), doc.name)}
          {row(t("fields.idNumber"), doc.idNumber ?? "—")}
          {row(t("fields.category"), d(`category.${doc.category}`))}
          {row(t("fields.lastExposureDate"), doc.lastExposureDate)}
          {row(t("fields.identifiedDate"), doc.identifiedDate)}
          {doc.kind !== "RELEASE" ? row(t("fields.phases"), doc.plan.phases.map((p) => t("body.phaseLine", { phase: d(`phase.${p.kind}`), start: p.startDate, end: p.endDate })).join("；")) : null}
          {doc.kind !== "RELEASE" ? row(t("fields.tests"), doc.plan.tests.map((x) => x.date).join("、")) : null}
          {doc.kind === "RELEASE" ? row(t("fields.releasedOn"), doc.releasedOn ?? doc.plan.releaseDate) : row(t("fields.releaseDate"), doc.plan.releaseDate)}
        </tbody>
      </table>
      <p className="indent-8">{t("body.closing")}</p>
      <div className="mt-10 text-right">
        <p data-testid="notice-county">{t("body.signature", { county })}</p>
        <p>{t("body.date", { date: today })}</p>
      </div>
      {doc.kind !== "RELEASE" ? <p className="mt-12">{t("body.receipt")}</p> : null}
    </article>
  );
}
