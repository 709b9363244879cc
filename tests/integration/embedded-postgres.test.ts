import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/embedded-postgres";

// The embedded server must behave like PostgreSQL for many clients at once: every answer
// belongs to the query that asked it, and transactions stay isolated.
describe("embedded PostgreSQL under concurrent clients", () => {
  let server: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({});
    pool = new pg.Pool({ connectionString: server.url, max: 10 });
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
  });

  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it("answers 100 parallel parameterized queries and transactions each with its own result", async () => {
    // A cold pool: ten connections open at once, as in a burst of requests to the app.
    const burst = new pg.Pool({ connectionString: server.url, max: 10 });
    const poolErrors: Error[] = [];
    burst.on("error", (e) => poolErrors.push(e));
    const settle = <T,>(p: Promise<T>) => p.catch((e: Error) => e);
    const oneTransaction = async (i: number) => {
      const client = await burst.connect();
      try {
        await client.query("BEGIN");
        const r = await client.query<{ v: string }>("SELECT $1::text AS v", [`tx-${i}`]);
        await client.query("UPDATE counter SET n = n + 1 WHERE id = $1", [1]);
        await client.query("COMMIT");
        return r.rows[0]!.v === `tx-${i}`;
      } finally {
        client.release();
      }
    };
    const onePlain = async (i: number) => {
      const r = await burst.query<{ v: number; w: string }>("SELECT $1::int * 2 AS v, $2::text AS w", [i, `q${i}`]);
      return r.rows[0]!.v === i * 2 && r.rows[0]!.w === `q${i}`;
    };
    // Interleaved, all started at once.
    const work = Array.from({ length: 100 }, (_, i) => settle(i % 2 ? oneTransaction(i) : onePlain(i)));
    const results = await Promise.all(work);
    await burst.end();
    expect(poolErrors).toEqual([]);
    expect(results.filter((ok) => ok !== true)).toEqual([]);
    const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
    expect(rows[0]!.n).toBe(50);
  });

  it("rolls back a transaction without affecting a concurrent one", async () => {
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      await a.query("BEGIN");
      await a.query("UPDATE counter SET n = -1 WHERE id = 1");
      await a.query("ROLLBACK");
      const r = await b.query<{ n: number }>("SELECT n FROM counter WHERE id = $1", [1]);
      expect(r.rows[0]!.n).toBe(50);
    } finally {
      a.release();
      b.release();
    }
  });
});
