import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
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

const SYNC = 0x53; // 'S': ends an extended-protocol cycle (Parse/Bind/Describe/Execute…)
const QUERY = 0x51; // 'Q': a simple query is a whole cycle
const TERMINATE = 0x58; // 'X'
const STARTUP = 0x00; // the startup packet has no type byte; its length starts with 0

/**
 * pglite-socket queues each protocol message on its own and only keeps a connection's
 * messages together inside an explicit transaction. Between one connection's Parse and its
 * Sync another connection's Parse could run and replace the unnamed statement, so
 * concurrent clients got each other's results or "unnamed prepared statement does not
 * exist". The queue asks `isInTransaction()` to decide whether to stay with the last
 * connection; answering true until that connection's cycle is complete keeps every
 * Parse…Sync cycle whole. (tests/integration/embedded-postgres.test.ts)
 */
function withWholeProtocolCycles(db: PGlite): PGlite {
  let midCycle = false;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "execProtocolRawStream") {
        return async (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          const type = message[0];
          midCycle = !(type === SYNC || type === QUERY || type === TERMINATE || type === STARTUP);
          return target.execProtocolRawStream(message, options);
        };
      }
      if (prop === "isInTransaction") return () => midCycle || target.isInTransaction();
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export async function startEmbeddedPostgres(options: {
  /** Folder that keeps the data between runs; undefined keeps it in memory. */
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  // pg_trgm: the trigram indexes of the name/ID/phone search (docs/decisions/0022-today-by-person.md).
  const db = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { pg_trgm } });
  // The server multiplexes connections onto the single PGlite session and keeps a
  // transaction's queries on the connection that opened it.
  const server = new PGLiteSocketServer({
    db: withWholeProtocolCycles(db),
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
