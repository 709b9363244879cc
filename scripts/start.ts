/**
 * README command 1: `npm start` (production build) or `npm run dev` (hot reload).
 * Without DATABASE_URL: an embedded PostgreSQL kept in the data folder (.data/, or
 * TRACER_DATA_DIR), locked to this process; migrations, reference data and demo accounts.
 * With DATABASE_URL: that server; setup (migrations, reference data, the first administrator
 * from ADMIN_USERNAME/ADMIN_PASSWORD) under an advisory lock, skipped with
 * TRACER_SKIP_SETUP=1 when `npm run setup` ran once for several instances.
 * Then builds the app if there is no current build (one build, shared by every instance
 * started from this folder) and serves http://localhost:$PORT.
 *
 * Ctrl-C / SIGTERM stop everything at any stage; if the app dies, the database stops and
 * the command exits non-zero; if this process dies, the app stops by itself
 * (scripts/supervisor.ts, scripts/process-guard.cjs).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { needsBuild } from "./build-state";
import { acquireLock, LockedError, waitForLock } from "./data-lock";
import { MIGRATIONS_DONE, PRISMA_CLI, setup } from "./setup";
import { Supervisor } from "./supervisor";

const root = path.resolve(__dirname, "..");
// TRACER_DATA_DIR: the embedded mode's data folder (README); browser tests use their own.
const dataDir = path.resolve(root, process.env.TRACER_DATA_DIR || ".data");
const shownDataDir = dataDir.startsWith(root + path.sep) ? path.relative(root, dataDir) : dataDir;
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const NEXT_CLI = path.join(root, "node_modules", "next", "dist", "bin", "next");
// The start command's own tests run a small stand-in for Next.js (no build needed); see
// tests/integration/start-command/start-command.test.ts.
const appScript = process.env.TRACER_APP_SCRIPT ? path.resolve(root, process.env.TRACER_APP_SCRIPT) : undefined;

/** The embedded mode's session secret: generated once, kept with the data. */
function embeddedSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function lockDataDir(supervisor: Supervisor) {
  try {
    const lock = acquireLock(path.join(dataDir, "tracer.lock"), "npm start (embedded database)");
    supervisor.onStop("data folder lock", () => lock.release());
    return lock;
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    const { pid, startedAt, port: otherPort } = error.owner;
    console.error(
      `Tracer is already running on the data folder ${dataDir} ` +
        `(process ${pid}, started ${startedAt}${otherPort ? `, port ${String(otherPort)}` : ""}).\n` +
        `Stop that one first (Ctrl-C in its terminal, or kill ${pid}), or give this one another folder: ` +
        `TRACER_DATA_DIR=.data/other npm start`,
    );
    process.exit(1);
  }
}

/** Builds when needed; instances started together from one folder wait for a single build. */
async function buildIfNeeded(supervisor: Supervisor, env: NodeJS.ProcessEnv) {
  if (dev || appScript || !needsBuild(root)) return;
  const lock = await waitForLock(path.join(root, ".data", "build.lock"), "next build", (owner) =>
    console.log(`Waiting for the build started by process ${owner.pid}…`),
  );
  supervisor.onStop("build lock", () => lock.release());
  try {
    if (needsBuild(root)) {
      console.log("Building the app (first start or sources changed)…");
      await supervisor.run("next build", NEXT_CLI, ["build"], { ...env, NODE_ENV: "production" });
    }
  } finally {
    lock.release();
  }
}

async function main() {
  const supervisor = new Supervisor(root);
  supervisor.installHandlers();

  try {
    await startWith(supervisor);
  } catch (error) {
    if (supervisor.isStopping) return;
    console.error(error instanceof Error ? error.message : error);
    await supervisor.stop(1);
  }
}

async function startWith(supervisor: Supervisor) {
  let databaseUrl = process.env.DATABASE_URL || undefined;
  let secret = process.env.NEXTAUTH_SECRET;
  const embedded = !databaseUrl;
  const lock = embedded ? lockDataDir(supervisor) : undefined;
  lock?.update({ port });
  if (embedded) {
    const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: Number(process.env.TRACER_DB_PORT ?? 0) });
    // Registered after the lock, so it stops first: the folder is unlocked once it is closed.
    supervisor.onStop("embedded PostgreSQL", () => db.stop());
    databaseUrl = db.url;
    secret ??= embeddedSecret();
    console.log(`Embedded PostgreSQL (data in ${path.join(shownDataDir, "pglite")}) on 127.0.0.1:${db.port}`);
  } else if (!secret && !dev) {
    console.error(
      "NEXTAUTH_SECRET is not set. Set NEXTAUTH_SECRET to a random string of at least 32 characters " +
        "(for example: export NEXTAUTH_SECRET=$(openssl rand -base64 32)) and start again.",
    );
    process.exit(1);
  }
  if (!databaseUrl) throw new Error("unreachable: no database");

  process.env.DATABASE_URL = databaseUrl;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // Nothing may call out of this network (telemetry included).
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    ...(secret ? { NEXTAUTH_SECRET: secret } : {}),
    // The embedded database is one session: no background rounds on it unless asked for.
    ...(embedded && !process.env.TODAY_WARM_SECONDS ? { TODAY_WARM_SECONDS: "0" } : {}),
  };
  let notes: string[] = [];
  if (embedded || process.env.TRACER_SKIP_SETUP !== "1") {
    notes = await setup(databaseUrl, {
      demo: embedded,
      lock: !embedded,
      migrate: (migrateEnv) =>
        supervisor.run("prisma migrate deploy", PRISMA_CLI, ["migrate", "deploy"], migrateEnv, { finishedWhen: MIGRATIONS_DONE }),
    });
  }
  await buildIfNeeded(supervisor, env);
  const app = appScript
    ? supervisor.serve("The app", appScript, [], { ...env, PORT: String(port) })
    : supervisor.serve("Next.js", NEXT_CLI, [dev ? "dev" : "start", "-p", String(port)], env);
  lock?.update({ appPid: app.pid });
  console.log(`\nTracer is running at http://localhost:${port}`);
  for (const note of notes) console.log(note);
  console.log("Press Ctrl-C to stop.\n");
}

void main();
