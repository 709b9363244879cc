import type { SessionUser } from "@/lib/auth/user";

export type Direction = "INCOMING" | "OUTGOING";

/** A where-clause over records sent from one county to another (协查 and transfer requests). */
export type BetweenCounties =
  | Record<string, never>
  | { toCountyCode: string }
  | { fromCountyCode: string }
  | { OR: [{ toCountyCode: string }, { fromCountyCode: string }] };

/**
 * The requests between counties a user may see: those to or from their county (one direction
 * when asked); prefecture roles see all. Used by lib/assists and lib/transfers alike.
 */
export function betweenCountiesScope(user: SessionUser, direction?: Direction): BetweenCounties {
  if (!user.countyCode) return {};
  if (direction === "INCOMING") return { toCountyCode: user.countyCode };
  if (direction === "OUTGOING") return { fromCountyCode: user.countyCode };
  return { OR: [{ toCountyCode: user.countyCode }, { fromCountyCode: user.countyCode }] };
}
