import { z } from "zod";
import { countyCodeField, dateField } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut, intOut } from "@/lib/validation/answer-fields";

/** GET /api/v1/cases/{id}/chain?date= — `date` is the day growth is counted to (default today). */
export const caseChainSchema = z.object({ date: dateField.optional() });

/** GET /api/v1/chains?countyCode=&from=&to= — clusters holding a case of the county confirmed in the range. */
export const countyChainsSchema = z.object({
  countyCode: countyCodeField.optional(),
  from: dateField.optional(),
  to: dateField.optional(),
});
export type CountyChainsInput = z.input<typeof countyChainsSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const chainGraphSchema = z.strictObject({
  asOf: dateOut,
  nodes: z.array(
    z.strictObject({
      id: idOut,
      kind: z.enum(["CASE", "CONTACT"]),
      classification: z.enum(["CONFIRMED", "ASYMPTOMATIC"]).nullable(),
      category: z.enum(["CLOSE", "SECONDARY", "GENERAL"]).nullable(),
      status: z.string(),
      countyCode: countyOut,
      date: dateOut,
      clusterId: idOut,
      depth: intOut,
      label: z.string().nullable(),
      href: z.string().nullable(),
      x: z.number(),
      y: z.number(),
    }),
  ),
  edges: z.array(z.strictObject({ source: idOut, target: idOut, kind: z.enum(["EXPOSURE", "BECAME_CASE"]) })),
  clusters: z.array(
    z.strictObject({
      id: idOut,
      rootDate: dateOut,
      countyCode: countyOut,
      size: intOut,
      cases: intOut,
      contacts: intOut,
      growth7: intOut,
      shown: z.boolean(),
    }),
  ),
  totalNodes: intOut,
  limit: intOut,
  truncated: z.boolean(),
});

export const countyChainsAnswerSchema = z.strictObject({ countyCode: countyOut, from: dateOut, to: dateOut, graph: chainGraphSchema });
