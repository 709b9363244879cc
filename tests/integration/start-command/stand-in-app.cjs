// A stand-in for Next.js that scripts/start.ts serves when TRACER_APP_SCRIPT points here, so
// the start command's tests need no production build. Like the app, it uses the database
// the start command gives it: GET /marker reads the admin's display name, PUT /marker?v=…
// writes it.
"use strict";
const http = require("node:http");
const pg = require("pg");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
// Like the app, it outlives a lost database connection (and answers 500 meanwhile).
pool.on("error", () => undefined);

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    if (url.pathname === "/marker" && req.method === "PUT") {
      await pool.query(`UPDATE "User" SET "displayName" = $1 WHERE username = 'admin'`, [url.searchParams.get("v")]);
    }
    const { rows } = await pool.query(`SELECT "displayName" AS marker FROM "User" WHERE username = 'admin'`);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ pid: process.pid, marker: rows[0]?.marker ?? null }));
  } catch (error) {
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ pid: process.pid, error: String(error) }));
  }
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`stand-in app ${process.pid} listening`));
