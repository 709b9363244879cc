import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const ASSIST_TONE = { OPEN: "amber", SAME_PERSON: "teal", NOT_SAME_PERSON: "slate" } as const;
const TRANSFER_TONE = { OPEN: "amber", ACCEPTED: "teal", DECLINED: "red", CANCELLED: "slate" } as const;

export function AssistStatusBadge({ status }: { status: keyof typeof ASSIST_TONE }) {
  const t = useTranslations("identity.requests.assistStatus");
  return <Badge tone={ASSIST_TONE[status]}>{t(status)}</Badge>;
}

export function TransferStatusBadge({ status }: { status: keyof typeof TRANSFER_TONE }) {
  const t = useTranslations("identity.requests.transferStatus");
  return <Badge tone={TRANSFER_TONE[status]}>{t(status)}</Badge>;
}

/** Whether this county received the request or sent it (prefecture roles oversee both). */
export function DirectionBadge({ direction }: { direction: string }) {
  const t = useTranslations("identity.requests.direction");
  const known = direction === "INCOMING" || direction === "OUTGOING" ? direction : "OVERSIGHT";
  return <Badge tone={known === "INCOMING" ? "violet" : "sky"}>{t(known)}</Badge>;
}
