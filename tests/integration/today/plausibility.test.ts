import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { at, caseBody, closeRow, expectAppError, nextId, seedFixtures, type Users } from "../registry/fixtures";

let u: Users;
let closeId: string;
const now = at("2026-03-08");
beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.mk, caseBody(), { now });
  closeId = (await registerContacts(u.mk, c.id, { contacts: [closeRow({ name: "源密接", lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" })] }, { now })).contacts[0]!.id;
});

const secondary = (lastExposureDate: string) => ({ name: "次密接", idNumber: nextId(), lastExposureDate, identifiedDate: "2026-03-05" });

describe("plausibility on real records", () => {
  it("refuses a sample dated before the last exposure", async () => {
    const e = await expectAppError(recordTestResult(u.mk, closeId, { sampleDate: "2026-03-02", result: "NEGATIVE" }, { now }), "RULE_VIOLATION", "registry.errors.sampleBeforeExposure");
    expect(e.fields[0]?.path).toBe("sampleDate");
    await recordTestResult(u.mk, closeId, { sampleDate: "2026-03-03", result: "NEGATIVE" }, { now });
  });

  it("asks to confirm a secondary exposure before the close contact's own, then saves it", async () => {
    const e = await expectAppError(registerSecondaryContacts(u.mk, closeId, { contacts: [secondary("2026-03-04"), secondary("2026-03-02")] }, { now }), "CONFIRM_WARNINGS");
    expect(e.fields.map((f) => f.path)).toEqual(["contacts.1.lastExposureDate"]);
    expect(e.details).toEqual({ warnings: [{ row: 1, key: "secondaryBeforeSource", sourceLastExposureDate: "2026-03-03" }] });
    const ok = await registerSecondaryContacts(u.mk, closeId, { contacts: [secondary("2026-03-02")], confirmWarnings: true }, { now });
    expect(ok.contacts).toHaveLength(1);
  });

  it("bounds an extension (policy maxExtensionDays, 28 by default) and far dates", async () => {
    await expectAppError(extendPhase(u.mk, closeId, { phase: "CENTRALIZED_ISOLATION", newEndDate: "9999-12-31", reason: "观察" }, { now }), "VALIDATION");
    await expectAppError(extendPhase(u.mk, closeId, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-04-15", reason: "观察" }, { now }), "RULE_VIOLATION", "errors.extensionTooLong");
  });
});
