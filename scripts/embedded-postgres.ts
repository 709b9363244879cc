import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * A real PostgreSQL (PGlite, compiled to WASM) served on a loopback port, so that the app,
 * Prisma's pg adapter and the migration CLI talk to it exactly as to a PostgreSQL server.
 * Used when no DATABASE_URL is given (npm start, npm test on a bare machine).
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: {
  /** Folder that keeps the data between runs; undefined keeps it in memory. */
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  // The server multiplexes connections onto the single PGlite session and keeps a
  // transaction's queries on the connection that opened it.
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 32,
  });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() flushes and checkpoints, so the data folder stays consistent.
      await db.close();
    },
  };
}
