import Link from "next/link";

/** The person a task is about, linking to the contact page. */
export function PersonCell({ contactId, name }: { contactId: string; name: string }) {
  return (
    <Link href={`/contacts/${contactId}`} className="font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600">
      {name}
    </Link>
  );
}
