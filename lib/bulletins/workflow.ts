// The bulletin's workflow (docs/decisions/0021-bulletin-workflow.md): a draft generated from the
// dashboard figures → edited → reviewed → published; a correction is a new draft naming the
// published bulletin it corrects. Every step: permission, zod, one transaction, row lock,
// version check, audit. A published row is never written again (and a trigger refuses it).
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { AppError, assertId, notFound, stale, validationError } from "@/lib/errors";
import type { Prisma } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { thePrefecture } from "@/lib/jurisdictions/prefecture";
import { parseInput } from "@/lib/validation/parse-input";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { bulletinFigures } from "./bulletin-figures";
import { bulletinView, type BulletinView } from "./bulletin-view";
import { composeBody, composeTitle, looksPersonal } from "./compose";
import { correctBulletinSchema, createBulletinSchema, updateBulletinSchema, versionOnlySchema } from "./schemas";

const refusedHere = (key: string, values: Record<string, string | number> = {}) => new AppError("REFUSED", `bulletins.errors.${key}`, values);
const WITH_CORRECTION = { correctedBy: { select: { id: true } } } as const;

async function lockBulletin(tx: Prisma.TransactionClient, id: string, version?: number) {
  assertId(id);
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Bulletin" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!locked.length) throw notFound();
  const row = await tx.bulletin.findUniqueOrThrow({ where: { id }, include: WITH_CORRECTION });
  if (version !== undefined && row.version !== version) throw stale();
  return row;
}

async function draftFor(tx: Prisma.TransactionClient, user: SessionUser, date: string, opts: ServiceOptions | undefined) {
  const prefecture = await thePrefecture(tx);
  const figures = await bulletinFigures(user, date, { ...opts, db: tx });
  return { figures, title: composeTitle(prefecture.nameZh, date), body: composeBody(prefecture.nameZh, figures) };
}

async function refuseOpenDraft(tx: Prisma.TransactionClient, date: string) {
  const open = await tx.bulletin.findFirst({ where: { date: toDbDate(date), status: { not: "PUBLISHED" } }, select: { id: true } });
  if (open) throw refusedHere("openExists");
}

/** A new draft for `date` (not after today) from the figures of that day. */
export async function createBulletin(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<BulletinView> {
  assertCan(user, "bulletin:manage");
  const { date } = parseInput(createBulletinSchema, input);
  if (date > todayFor(opts)) throw validationError([{ path: "date", key: "bulletins.errors.futureDate" }]);
  return inTransaction(opts, async (tx) => {
    // Serialize creations of one day; the partial unique index is the last guard.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bulletin:${date}`}))`;
    if (await tx.bulletin.findFirst({ where: { date: toDbDate(date), status: "PUBLISHED" }, select: { id: true } })) throw refusedHere("alreadyPublished");
    await refuseOpenDraft(tx, date);
    const draft = await draftFor(tx, user, date, opts);
    const created = await tx.bulletin.create({
      data: { date: toDbDate(date), revision: 1, ...draft, figures: draft.figures as unknown as Prisma.InputJsonValue, ...authorOf(user) },
      include: WITH_CORRECTION,
    });
    await recordAudit(tx, { actor: user, action: "bulletin.create", entity: "Bulletin", entityId: created.id, after: { date, revision: 1, title: created.title, figures: draft.figures.totals } });
    return bulletinView(created);
  });
}

const authorOf = (user: SessionUser) => ({ createdById: user.id, createdByName: user.username, editedById: user.id, editedByName: user.username });

/** A correction of a published bulletin: a new draft of the same day, revision + 1, naming it. */
export async function correctBulletin(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<BulletinView> {
  assertCan(user, "bulletin:manage");
  const { correctionNote } = parseInput(correctBulletinSchema, input);
  if (looksPersonal(correctionNote)) throw validationError([{ path: "correctionNote", key: "bulletins.errors.personalData" }]);
  return inTransaction(opts, async (tx) => {
    const target = await lockBulletin(tx, id);
    if (target.status !== "PUBLISHED") throw refusedHere("correctOnlyPublished");
    if (target.correctedBy) throw refusedHere("alreadyCorrected");
    const date = fromDbDate(target.date);
    await refuseOpenDraft(tx, date);
    const draft = await draftFor(tx, user, date, opts);
    const created = await tx.bulletin.create({
      data: {
        date: target.date,
        revision: target.revision + 1,
        title: `${draft.title}（更正）`,
        body: draft.body,
        figures: draft.figures as unknown as Prisma.InputJsonValue,
        correctsId: target.id,
        correctionNote,
        ...authorOf(user),
      },
      include: WITH_CORRECTION,
    });
    await recordAudit(tx, { actor: user, action: "bulletin.correct", entity: "Bulletin", entityId: created.id, after: { corrects: target.id, revision: created.revision, correctionNote } });
    return bulletinView(created);
  });
}

/** Edit a draft's text (a reviewed one goes back to draft: the review was of other words). */
export async function updateBulletin(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<BulletinView> {
  assertCan(user, "bulletin:manage");
  const data = parseInput(updateBulletinSchema, input);
  const issues = (["title", "body"] as const).filter((k) => looksPersonal(data[k])).map((k) => ({ path: k, key: "bulletins.errors.personalData" }));
  if (issues.length) throw validationError(issues);
  return inTransaction(opts, async (tx) => {
    const before = await lockBulletin(tx, id, data.version);
    if (before.status === "PUBLISHED") throw refusedHere("published");
    const saved = await tx.bulletin.update({
      where: { id },
      data: { title: data.title, body: data.body, status: "DRAFT", reviewedById: null, reviewedByName: null, reviewedAt: null, editedById: user.id, editedByName: user.username, version: { increment: 1 } },
      include: WITH_CORRECTION,
    });
    await recordAudit(tx, {
      actor: user,
      action: "bulletin.edit",
      entity: "Bulletin",
      entityId: id,
      before: { status: before.status, title: before.title, body: before.body },
      after: { status: "DRAFT", title: saved.title, body: saved.body },
    });
    return bulletinView(saved);
  });
}

/** Another official who could review: active, not locked, and has signed in at least once. */
async function anotherReviewer(tx: Prisma.TransactionClient, user: SessionUser, now: Date): Promise<boolean> {
  const other = await tx.user.findFirst({
    where: { role: "PREFECTURE_OFFICIAL", active: true, id: { not: user.id }, lastSignInAt: { not: null }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    select: { id: true },
  });
  return other !== null;
}

/** DRAFT → REVIEWED. Four eyes: not by the last editor while another official could review. */
export async function reviewBulletin(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<BulletinView> {
  assertCan(user, "bulletin:manage");
  const { version } = parseInput(versionOnlySchema, input);
  return inTransaction(opts, async (tx) => {
    const before = await lockBulletin(tx, id, version);
    if (before.status !== "DRAFT") throw refusedHere(before.status === "PUBLISHED" ? "published" : "alreadyReviewed");
    const self = before.editedById === user.id;
    if (self && (await anotherReviewer(tx, user, opts?.now ?? new Date()))) throw refusedHere("ownText");
    const saved = await tx.bulletin.update({
      where: { id },
      data: { status: "REVIEWED", reviewedById: user.id, reviewedByName: user.username, reviewedAt: opts?.now ?? new Date(), version: { increment: 1 } },
      include: WITH_CORRECTION,
    });
    await recordAudit(tx, { actor: user, action: "bulletin.review", entity: "Bulletin", entityId: id, before: { status: "DRAFT" }, after: { status: "REVIEWED", selfReview: self } });
    return bulletinView(saved);
  });
}

/** REVIEWED → PUBLISHED: from now on the row is frozen (trigger) and shown on the public page. */
export async function publishBulletin(user: SessionUser, id: string, input: unknown, opts?: ServiceOptions): Promise<BulletinView> {
  assertCan(user, "bulletin:manage");
  const { version } = parseInput(versionOnlySchema, input);
  return inTransaction(opts, async (tx) => {
    const before = await lockBulletin(tx, id, version);
    if (before.status !== "REVIEWED") throw refusedHere(before.status === "PUBLISHED" ? "published" : "notReviewed");
    const saved = await tx.bulletin.update({
      where: { id },
      data: { status: "PUBLISHED", publishedById: user.id, publishedByName: user.username, publishedAt: opts?.now ?? new Date(), version: { increment: 1 } },
      include: WITH_CORRECTION,
    });
    await recordAudit(tx, { actor: user, action: "bulletin.publish", entity: "Bulletin", entityId: id, before: { status: "REVIEWED" }, after: { status: "PUBLISHED", corrects: saved.correctsId } });
    return bulletinView(saved);
  });
}
