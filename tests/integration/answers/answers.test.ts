// Real answers against the response schemas the OpenAPI document is generated from
// (docs/decisions/0010-response-schemas.md): for every operation of /api/v1, the service behind
// it is called on a real database and what the route would send is parsed with the operation's
// answer schema. The schemas are strict objects, so a field a view gains without being
// described fails here; an operation without a producer fails too.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ANSWER_SCHEMAS } from "@/lib/http/answer-schemas";
import { API_OPERATIONS } from "@/lib/http/openapi";
import { onTheWire } from "@/lib/validation/answer-fields";
import { at, seedFixtures } from "../registry/fixtures";
import { CHAINS_BULLETINS_PRODUCERS } from "./chains-bulletins-answers";
import { COUNTY_ADMIN_PRODUCERS } from "./county-admin-answers";
import { IMPORT_PRODUCERS } from "./import-answers";
import { REGISTRY_PRODUCERS, type Scenario } from "./registry-answers";
import { SCREENING_PRODUCERS } from "./screening-answers";

const PRODUCERS = { ...REGISTRY_PRODUCERS, ...COUNTY_ADMIN_PRODUCERS, ...SCREENING_PRODUCERS, ...CHAINS_BULLETINS_PRODUCERS, ...IMPORT_PRODUCERS };
/** Operations whose answer is not one of ours (the document; a CSV/XLSX download). */
const NOT_AN_ANSWER = new Set(["getOpenApi", "exportCases", "exportContacts", "exportTasks", "exportScreening", "exportAudit", "exportPublicBulletin"]);

const scenario: Scenario = { u: undefined as unknown as Scenario["u"], now: at("2026-03-10"), ids: {}, versions: {} };
beforeAll(async () => {
  scenario.u = await seedFixtures();
});

describe("answers of every operation", () => {
  it("has a producer for every operation, and only for operations", () => {
    const operations = API_OPERATIONS.map((o) => o.operationId).filter((id) => !NOT_AN_ANSWER.has(id));
    expect(Object.keys(PRODUCERS).sort()).toEqual([...operations].sort());
  });

  for (const [operationId, produce] of Object.entries(PRODUCERS)) {
    const op = API_OPERATIONS.find((o) => o.operationId === operationId);
    const name = op?.ok.schema as keyof typeof ANSWER_SCHEMAS;
    it(`${operationId} answers ${name}`, async () => {
      const schema = ANSWER_SCHEMAS[name];
      expect(schema, `${operationId} has no answer schema`).toBeDefined();
      const answers = await produce(scenario);
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) {
        const parsed = schema.safeParse(onTheWire(answer));
        expect(parsed.success, parsed.success ? "" : `${operationId}: ${z.prettifyError(parsed.error)}`).toBe(true);
      }
    });
  }
});
