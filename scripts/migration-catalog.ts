// What a database schema holds, read from PostgreSQL's catalogs, for the drift check
// (scripts/check-migrations.ts): one entry per column, enum, index, constraint, trigger and
// function, with a definition that is the same text whichever schema it lives in.
import type pg from "pg";

export type ItemKind = "column" | "enum" | "index" | "partial index" | "constraint" | "trigger" | "function";

export interface Item {
  kind: ItemKind;
  definition: string;
}

export interface Catalog {
  tables: number;
  /** Keyed by a readable name, e.g. `column "Contact"."status"`. */
  items: Map<string, Item>;
}

/** The kinds prisma/schema.prisma cannot express: they may exist in the migrations only. */
const MIGRATIONS_ONLY: ReadonlySet<ItemKind> = new Set(["partial index", "trigger", "function"]);

export async function describeSchema(client: pg.Client, schema: string): Promise<Catalog> {
  // Most definitions name tables and types without the schema when it is on the search_path.
  await client.query(`SET search_path TO "${schema}"`);
  const items = new Map<string, Item>();
  // pg_get_indexdef names the table with its schema even on the search_path.
  const local = (definition: string) => definition.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "");
  const add = (key: string, kind: ItemKind, definition: string) =>
    items.set(`${kind === "partial index" ? "index" : kind} ${key}`, { kind, definition: local(definition) });
  const q = async <R extends pg.QueryResultRow>(sql: string) => (await client.query<R>(sql, [schema])).rows;

  const columns = await q<{ t: string; c: string; type: string; notnull: boolean; def: string | null }>(`
    SELECT cl.relname AS t, a.attname AS c, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
           pg_get_expr(d.adbin, d.adrelid) AS def
    FROM pg_attribute a
    JOIN pg_class cl ON cl.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = $1 AND cl.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  for (const c of columns) add(`"${c.t}"."${c.c}"`, "column", `${c.type}${c.notnull ? " NOT NULL" : ""}${c.def ? ` DEFAULT ${c.def}` : ""}`);

  const enums = await q<{ name: string; labels: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel::text, ', ' ORDER BY e.enumlabel::text) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = $1 GROUP BY t.typname`);
  // Values are compared as a set: ALTER TYPE … ADD VALUE appends, the schema lists in its own order.
  for (const e of enums) add(`"${e.name}"`, "enum", e.labels);

  const indexes = await q<{ name: string; def: string; partial: boolean }>(`
    SELECT ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def, i.indpred IS NOT NULL AS partial
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE n.nspname = $1`);
  for (const i of indexes) add(`"${i.name}"`, i.partial ? "partial index" : "index", i.def);

  const constraints = await q<{ name: string; t: string; def: string }>(`
    SELECT con.conname AS name, rel.relname AS t, pg_get_constraintdef(con.oid) AS def
    FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE n.nspname = $1 AND con.contype <> 't'`); // a CONSTRAINT TRIGGER (contype t) is a trigger: listed below
  for (const c of constraints) add(`"${c.t}"."${c.name}"`, "constraint", c.def);

  const triggers = await q<{ name: string; t: string; def: string }>(`
    SELECT tg.tgname AS name, cl.relname AS t, pg_get_triggerdef(tg.oid) AS def
    FROM pg_trigger tg JOIN pg_class cl ON cl.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE n.nspname = $1 AND NOT tg.tgisinternal`);
  for (const t of triggers) add(`"${t.t}"."${t.name}"`, "trigger", t.def);

  const functions = await q<{ name: string; args: string }>(`
    SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1`);
  for (const f of functions) add(`${f.name}(${f.args})`, "function", "");

  const tables = new Set(columns.map((c) => c.t)).size;
  return { tables, items };
}

/** An index definition without its trailing `WITH (…)` storage parameters. */
const withoutStorage = (definition: string) => definition.replace(/ WITH \([^)]*\)$/, "");

/**
 * Differences between what the migrations made and what the schema says. Items the schema
 * language cannot express, found in the migrations only, are listed as allowed.
 */
export function driftBetween(migrations: Catalog, schema: Catalog): { drift: string[]; allowed: string[] } {
  const drift: string[] = [];
  const allowed: string[] = [];
  for (const [key, said] of schema.items) {
    const made = migrations.items.get(key);
    if (!made) drift.push(`${key}: in prisma/schema.prisma (${said.definition}), not made by the migrations`);
    else if (made.definition === said.definition) continue;
    // An index's storage parameters (e.g. GIN `fastupdate=off`) cannot be said in the schema.
    else if (made.kind === "index" && withoutStorage(made.definition) === said.definition) allowed.push(`index storage ${key.replace(/^\S+ /, "")}: ${made.definition.slice(withoutStorage(made.definition).length).trim()}`);
    else drift.push(`${key}: the migrations make ${made.definition}; prisma/schema.prisma says ${said.definition}`);
  }
  for (const [key, made] of migrations.items) {
    if (schema.items.has(key)) continue;
    if (MIGRATIONS_ONLY.has(made.kind)) allowed.push(`${made.kind} ${key.replace(/^\S+ /, "")}`);
    else drift.push(`${key}: made by the migrations (${made.definition}), not in prisma/schema.prisma`);
  }
  return { drift: drift.sort(), allowed: allowed.sort() };
}
