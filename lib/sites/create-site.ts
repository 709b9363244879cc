import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { conflict, validationError } from "@/lib/errors";
import { inTransaction, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { siteView, type SiteView } from "./site-view";
import { createSiteSchema } from "./schemas";

export async function createSite(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<SiteView> {
  assertCan(user, "site:write");
  const data = parseInput(createSiteSchema, input);
  const countyCode = data.countyCode ?? user.countyCode;
  if (!countyCode) throw validationError([{ path: "countyCode", key: "errors.required" }]);
  return inTransaction(opts, async (tx) => {
    const issue = await countyIssue(tx, user, countyCode, "countyCode");
    if (issue) throw validationError([issue]);
    if (await tx.isolationSite.findUnique({ where: { countyCode_name: { countyCode, name: data.name } } })) {
      throw conflict("siteNameTaken", { name: data.name });
    }
    const site = await tx.isolationSite.create({
      data: { name: data.name, countyCode, address: data.address ?? null, capacity: data.capacity },
    });
    const view = siteView(site, 0);
    await recordAudit(tx, { actor: user, action: "site.create", entity: "IsolationSite", entityId: site.id, countyCode, after: view });
    return view;
  });
}
