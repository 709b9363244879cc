import { describe, expect, it } from "vitest";
import { driftBetween, type Catalog, type ItemKind } from "../../../scripts/migration-catalog";

const catalog = (entries: [string, ItemKind, string][]): Catalog => ({
  tables: 1,
  items: new Map(entries.map(([key, kind, definition]) => [`${kind === "partial index" ? "index" : kind} ${key}`, { kind, definition }])),
});

const base: [string, ItemKind, string][] = [
  ['"Contact"."status"', "column", `"ContactStatus" NOT NULL DEFAULT 'ACTIVE'::"ContactStatus"`],
  ['"Contact_pkey"', "index", `CREATE UNIQUE INDEX "Contact_pkey" ON "Contact" USING btree (id)`],
  ['"ContactStatus"', "enum", "ACTIVE, RELEASED"],
];

describe("migration drift (scripts/migration-catalog.ts)", () => {
  it("accepts equal catalogs and what only migrations can say: partial indexes, triggers, functions", () => {
    const migrations = catalog([
      ...base,
      ['"Contact_one_active_per_person"', "partial index", `CREATE UNIQUE INDEX … WHERE (status = 'ACTIVE'::"ContactStatus")`],
      ['"AuditEvent"."AuditEvent_append_only"', "trigger", "CREATE TRIGGER …"],
      ["audit_event_append_only()", "function", ""],
    ]);
    const { drift, allowed } = driftBetween(migrations, catalog(base));
    expect(drift).toEqual([]);
    expect(allowed).toEqual(['function audit_event_append_only()', 'partial index "Contact_one_active_per_person"', 'trigger "AuditEvent"."AuditEvent_append_only"']);
  });

  it("accepts an index's storage parameters, which the schema cannot say, but not another difference beside them", () => {
    const gin = `CREATE INDEX "Person_phone_trgm" ON "Person" USING gin (phone public.gin_trgm_ops)`;
    const schema = catalog([...base, ['"Person_phone_trgm"', "index", gin]]);
    const { drift, allowed } = driftBetween(catalog([...base, ['"Person_phone_trgm"', "index", `${gin} WITH (fastupdate=off)`]]), schema);
    expect(drift).toEqual([]);
    expect(allowed).toEqual(['index storage "Person_phone_trgm": WITH (fastupdate=off)']);
    const other = gin.replace("phone", "name");
    expect(driftBetween(catalog([...base, ['"Person_phone_trgm"', "index", `${other} WITH (fastupdate=off)`]]), schema).drift).toHaveLength(1);
  });

  it("names a column or index the schema has and the migrations do not make", () => {
    const schema = catalog([...base, ['"Contact"."note"', "column", "text"]]);
    expect(driftBetween(catalog(base), schema).drift).toEqual(['column "Contact"."note": in prisma/schema.prisma (text), not made by the migrations']);
  });

  it("names a definition that differs, and a plain index or column only the migrations make", () => {
    const migrations = catalog([
      ['"Contact"."status"', "column", `"ContactStatus" NOT NULL`],
      base[1]!,
      ['"ContactStatus"', "enum", "ACTIVE, MERGED, RELEASED"],
      ['"Contact_extra_idx"', "index", `CREATE INDEX "Contact_extra_idx" ON "Contact" USING btree (id)`],
    ]);
    const { drift } = driftBetween(migrations, catalog(base));
    expect(drift).toHaveLength(3);
    expect(drift[0]).toContain(`column "Contact"."status": the migrations make "ContactStatus" NOT NULL; prisma/schema.prisma says`);
    expect(drift[1]).toContain(`enum "ContactStatus": the migrations make ACTIVE, MERGED, RELEASED`);
    expect(drift[2]).toContain(`index "Contact_extra_idx": made by the migrations`);
  });
});
