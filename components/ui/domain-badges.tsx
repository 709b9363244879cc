import { useTranslations } from "next-intl";
import { Badge, CATEGORY_TONE, PHASE_TONE, STATUS_TONE } from "./badge";

type Category = keyof typeof CATEGORY_TONE;
type Phase = keyof typeof PHASE_TONE;
type Status = keyof typeof STATUS_TONE;

export function CategoryBadge({ category }: { category: Category }) {
  const t = useTranslations("domain.category");
  return <Badge tone={CATEGORY_TONE[category]}>{t(category)}</Badge>;
}

export function PhaseBadge({ phase }: { phase: Phase }) {
  const t = useTranslations("domain.phase");
  return <Badge tone={PHASE_TONE[phase]}>{t(phase)}</Badge>;
}

export function StatusBadge({ status }: { status: Status }) {
  const t = useTranslations("domain.status");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}
