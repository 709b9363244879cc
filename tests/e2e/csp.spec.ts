// The app runs under its strict Content-Security-Policy: every main page of every role loads in
// Chromium without a single CSP violation (issue 8, "Headers").
import { expect, test, type Page } from "@playwright/test";
import { addDays, signIn, todayInShanghai, ACCOUNTS } from "./helpers";
import { seedCase, seedContacts } from "./seed-data";

const PAGES: Record<keyof typeof ACCOUNTS, string[]> = {
  maerkang: ["/today", "/cases", "/cases/new", "/contacts", "/sites", "/sites/new"],
  wenchuan: ["/today", "/contacts"],
  official: ["/", "/dashboard", "/counties"],
  admin: ["/", "/admin/users", "/admin/audit", "/account/password"],
};

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

async function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).slice());
}

for (const account of Object.keys(PAGES) as (keyof typeof ACCOUNTS)[]) {
  test(`no CSP violation on the pages of ${account}`, async ({ page }) => {
    // Registered before any page script runs, so early violations are caught too.
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const console = watchViolations(page);
    const signin = await page.goto("/signin");
    expect(signin?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    expect(await pageViolations(page)).toEqual([]);
    await signIn(page, account);
    const found: string[] = [];
    for (const path of PAGES[account]) {
      const res = await page.goto(path);
      // The page really runs under the policy (without it there would be nothing to violate).
      expect(res?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-/);
      await page.waitForLoadState("networkidle");
      found.push(...(await pageViolations(page)).map((v) => `${path}: ${v}`));
    }
    // A case page and a contact page (the timeline positions elements with style attributes).
    if (account === "maerkang") {
      const T = todayInShanghai();
      const source = await seedCase(page.request, "CSP源", addDays(T, -3));
      const [c] = await seedContacts(page.request, source.id, [{ base: "CSP", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) }]);
      for (const path of [`/cases/${source.id}`, `/cases/${source.id}/contacts/new`, `/contacts/${c!.id}`]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        found.push(...(await pageViolations(page)).map((v) => `${path}: ${v}`));
      }
    }
    expect([...found, ...console]).toEqual([]);
  });
}
