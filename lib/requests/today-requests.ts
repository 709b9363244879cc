// The Today page's 协查 and transfers (docs/domain.md "Identity and privacy"): what this county
// has to answer, and what it asked of other counties — still open, or answered lately. Reads
// only, through the same views as the request pages, so each side sees only its own data.
import { assistView, ownRecord, type AssistView } from "@/lib/assists/assist-view";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import type { Prisma } from "@/lib/db";
import { transferInclude } from "@/lib/transfers/list-transfers";
import { transferView, type TransferView } from "@/lib/transfers/transfer-view";
import { dbFor, type ServiceOptions } from "@/lib/transaction";

/** How long an answered request of this county stays on its Today page. */
export const ANSWERED_SHOWN_DAYS = 3;
// Today lists the first ones; the requests page has them all.
const SHOWN = 20;

export interface TodayRequests {
  incoming: { assists: AssistView[]; transfers: TransferView[]; total: number };
  outgoing: { assists: AssistView[]; transfers: TransferView[]; total: number };
}

const empty = (): TodayRequests => ({ incoming: { assists: [], transfers: [], total: 0 }, outgoing: { assists: [], transfers: [], total: 0 } });

export async function todayRequests(user: SessionUser, opts?: ServiceOptions): Promise<TodayRequests> {
  assertCan(user, "contact:read");
  const county = user.countyCode;
  if (!county) return empty();
  const db = dbFor(opts);
  const since = new Date((opts?.now ?? new Date()).getTime() - ANSWERED_SHOWN_DAYS * 24 * 3600 * 1000);
  const incomingAssists: Prisma.AssistRequestWhereInput = { toCountyCode: county, status: "OPEN" };
  const incomingTransfers: Prisma.TransferRequestWhereInput = { toCountyCode: county, status: "OPEN" };
  const outgoingAssists: Prisma.AssistRequestWhereInput = { fromCountyCode: county, OR: [{ status: "OPEN" }, { answeredAt: { gte: since } }] };
  const outgoingTransfers: Prisma.TransferRequestWhereInput = { fromCountyCode: county, OR: [{ status: "OPEN" }, { answeredAt: { gte: since } }] };
  const order = [{ status: "asc" as const }, { requestedAt: "desc" as const }, { id: "asc" as const }];
  const assistInclude = { fromPerson: true, toPerson: true } as const;

  const [ia, it, oa, ot, counts] = await Promise.all([
    db.assistRequest.findMany({ where: incomingAssists, include: assistInclude, orderBy: order, take: SHOWN }),
    db.transferRequest.findMany({ where: incomingTransfers, include: transferInclude, orderBy: order, take: SHOWN }),
    db.assistRequest.findMany({ where: outgoingAssists, include: assistInclude, orderBy: order, take: SHOWN }),
    db.transferRequest.findMany({ where: outgoingTransfers, include: transferInclude, orderBy: order, take: SHOWN }),
    Promise.all([
      db.assistRequest.count({ where: incomingAssists }),
      db.transferRequest.count({ where: incomingTransfers }),
      db.assistRequest.count({ where: outgoingAssists }),
      db.transferRequest.count({ where: outgoingTransfers }),
    ]),
  ]);
  const assists = (rows: typeof ia) => Promise.all(rows.map(async (a) => assistView(user, a, await ownRecord(db, user, a))));
  return {
    incoming: { assists: await assists(ia), transfers: it.map((t) => transferView(user, t)), total: counts[0] + counts[1] },
    outgoing: { assists: await assists(oa), transfers: ot.map((t) => transferView(user, t)), total: counts[2] + counts[3] },
  };
}
