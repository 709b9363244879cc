import Link from "next/link";

/** The body of a record's 404 page: also what another county's record answers. */
export function NotFoundPanel({ title, body, backHref, backLabel, testId }: { title: string; body: string; backHref: string; backLabel: string; testId: string }) {
  return (
    <section className="mx-auto max-w-lg space-y-3 py-12 text-center" data-testid={testId}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{body}</p>
      <Link href={backHref} className="inline-block text-teal-800 underline">
        {backLabel}
      </Link>
    </section>
  );
}
