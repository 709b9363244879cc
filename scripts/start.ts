/**
 * README command 1: `npm start` (production build) or `npm run dev` (hot reload).
 * Without DATABASE_URL: an embedded PostgreSQL kept under .data/, migrations, reference data
 * and demo accounts. With DATABASE_URL: that server, migrations, reference data and the first
 * administrator from ADMIN_USERNAME/ADMIN_PASSWORD. Then serves http://localhost:3000.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { needsBuild } from "./build-state";
import { seed } from "../prisma/seed";

const root = path.resolve(__dirname, "..");
// TRACER_DATA_DIR lets the browser tests run against a data folder of their own.
const dataDir = path.resolve(root, process.env.TRACER_DATA_DIR || ".data");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Asynchronous: the embedded database lives in this process and must keep answering.
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args[0]} exited with ${code}`))));
    child.on("error", reject);
  });
}

/** The embedded mode's session secret: generated once, kept with the data. */
function embeddedSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  let embedded: EmbeddedPostgres | undefined;
  let app: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app!.once("exit", r));
    }
    // Closing PGlite checkpoints the data folder, so it survives for the next start.
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  let databaseUrl = process.env.DATABASE_URL || undefined;
  let secret = process.env.NEXTAUTH_SECRET;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: Number(process.env.TRACER_DB_PORT ?? 0) });
    databaseUrl = embedded.url;
    secret ??= embeddedSecret();
    console.log(`Embedded PostgreSQL (data in ${path.relative(root, dataDir)}/pglite) on 127.0.0.1:${embedded.port}`);
  } else if (!secret && !dev) {
    console.error(
      "NEXTAUTH_SECRET is not set. Set NEXTAUTH_SECRET to a random string of at least 32 characters " +
        "(for example: export NEXTAUTH_SECRET=$(openssl rand -base64 32)) and start again.",
    );
    process.exit(1);
  }

  process.env.DATABASE_URL = databaseUrl;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // Nothing may call out of this network (telemetry included).
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    ...(secret ? { NEXTAUTH_SECRET: secret } : {}),
  };
  try {
    await run(bin("prisma"), ["migrate", "deploy"], env);
    const notes = await seed(databaseUrl, { demo: Boolean(embedded) });
    if (!dev && needsBuild(root)) {
      console.log("Building the app (first start or sources changed)…");
      await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    }
    app = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(port)], { cwd: root, env, stdio: "inherit" });
    app.on("exit", (code) => void stop(code ?? 0));
    console.log(`\nTracer is running at http://localhost:${port}`);
    for (const note of notes) console.log(note);
    console.log("Press Ctrl-C to stop.\n");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
