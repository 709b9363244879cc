// A known outbreak for the chain tests: in 马尔康市, case A (03-01) with close contacts C1, C2
// and general contact G1; C1's secondary contacts S1, S2; C1 tests positive on 03-05 and
// becomes case B, whose close contacts are then S1, S2 (upgraded) and C3 (03-06). Case D (03-05)
// with close contact C4 stands alone. In 汶川县, case W (03-04) with close contact W1.
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, WENCHUAN, type Users } from "../registry/fixtures";

export interface Outbreak {
  A: string;
  B: string;
  D: string;
  W: string;
  C1: string;
  C2: string;
  G1: string;
  S1: string;
  S2: string;
  C3: string;
  C4: string;
  W1: string;
}

export async function buildOutbreak(u: Users): Promise<Outbreak> {
  const now = at("2026-03-06");
  const A = (await registerCase(u.mk, caseBody({ name: "链病例甲", confirmedDate: "2026-03-01" }), { now })).id;
  const [C1, C2, G1] = (
    await registerContacts(
      u.mk,
      A,
      {
        contacts: [
          closeRow({ name: "链密接一", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }),
          closeRow({ name: "链密接二", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }),
          closeRow({ name: "链一般一", category: "GENERAL", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }),
        ],
      },
      { now },
    )
  ).contacts.map((c) => c.id) as [string, string, string];
  const [S1, S2] = (
    await registerSecondaryContacts(
      u.mk,
      C1,
      {
        contacts: [
          closeRow({ name: "链次密一", category: undefined, lastExposureDate: "2026-03-02", identifiedDate: "2026-03-03" }),
          closeRow({ name: "链次密二", category: undefined, lastExposureDate: "2026-03-02", identifiedDate: "2026-03-03" }),
        ],
      },
      { now },
    )
  ).contacts.map((c) => c.id) as [string, string];
  const escalation = (await recordTestResult(u.mk, C1, { sampleDate: "2026-03-05", result: "POSITIVE" }, { now })) as { escalation?: { caseId: string } };
  const B = escalation.escalation!.caseId;
  const [C3] = (await registerContacts(u.mk, B, { contacts: [closeRow({ name: "链密接三", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" })] }, { now })).contacts.map((c) => c.id) as [string];
  const D = (await registerCase(u.mk, caseBody({ name: "链病例丁", confirmedDate: "2026-03-05" }), { now })).id;
  const [C4] = (await registerContacts(u.mk, D, { contacts: [closeRow({ name: "链密接四", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" })] }, { now })).contacts.map((c) => c.id) as [string];
  const W = (await registerCase(u.wc, caseBody({ name: "链病例汶", countyCode: WENCHUAN, confirmedDate: "2026-03-04" }), { now })).id;
  const [W1] = (
    await registerContacts(u.wc, W, { contacts: [closeRow({ name: "链密接汶", lastExposureDate: "2026-03-04", identifiedDate: "2026-03-05" })] }, { now })
  ).contacts.map((c) => c.id) as [string];
  return { A, B, D, W, C1, C2, G1, S1, S2, C3, C4, W1 };
}
