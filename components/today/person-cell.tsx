import Link from "next/link";

/** The person a task is about, linking to the contact page. */
export function PersonCell({ contactId, name }: { contactId: string; name: string }) {
  return (
    <Link href={`/contacts/${contactId}`} className="record-link">
      {name}
    </Link>
  );
}
