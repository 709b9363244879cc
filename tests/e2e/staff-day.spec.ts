// One county staff member's chain of work through the pages, end to end: a new case, close
// contacts pasted into the grid, secondary contacts entered from the close contact's page,
// a positive result on that close contact and the escalation it causes.
import { expect, test } from "@playwright/test";
import { cell, field, newIdNumber as idNumber, paste, shanghaiDate, signIn } from "./helpers";

const TAG = Math.random().toString(36).slice(2, 6).toUpperCase();

test("case → close contacts → secondary contacts → positive result → escalation, through the pages", async ({ page }) => {
  const caseName = `日程病例${TAG}`;
  const close = [`日程密接甲${TAG}`, `日程密接乙${TAG}`];
  const secondary = [`日程次密接甲${TAG}`, `日程次密接乙${TAG}`];
  const exposure = shanghaiDate(-2);

  await signIn(page, "maerkang");
  await page.goto("/cases/new");
  await field(page, "姓名").fill(caseName);
  await field(page, "性别").selectOption({ label: "男" });
  await field(page, "证件号码").fill(idNumber());
  await field(page, "分类").selectOption({ label: "确诊病例" });
  await field(page, "确诊日期").fill(shanghaiDate(-1));
  await page.getByRole("button", { name: "登记病例" }).click();
  await expect(page.getByRole("heading", { name: caseName, level: 1 })).toBeVisible();
  const caseId = page.url().match(/cases\/([0-9a-f-]{36})/)![1]!;

  // Investigation notes written after the interview.
  await page.getByRole("button", { name: "编辑摘要" }).click();
  await page.getByRole("textbox", { name: "流调摘要" }).fill("11 月下旬在马尔康市区农贸市场工作。");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "流调摘要已保存。" })).toBeVisible();
  await expect(page.getByTestId("case-notes")).toHaveText("11 月下旬在马尔康市区农贸市场工作。");

  // Two close contacts pasted from a spreadsheet.
  await page.goto(`/cases/${caseId}/contacts/new`);
  await paste(cell(page, "姓名", 1), [`${close[0]}\t男\t${idNumber()}\t\t密接\t同住\t${exposure}`, `${close[1]}\t女\t${idNumber()}\t\t密接\t聚餐\t${exposure}`].join("\n"));
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("已保存 2 名接触者");

  // From the first close contact's own page to the entry of its secondary contacts.
  await page.goto(`/cases/${caseId}`);
  await page.getByRole("link", { name: close[0] }).first().click();
  await expect(page.getByTestId("contact-name")).toHaveText(close[0]!);
  const contactUrl = page.url();
  await page.getByTestId("enter-secondary").click();
  await paste(cell(page, "姓名", 1), [`${secondary[0]}\t男\t${idNumber()}\t\t家人\t${shanghaiDate(-1)}`, `${secondary[1]}\t女\t\t13900000077\t同事\t${shanghaiDate(-1)}`].join("\n"));
  await page.getByTestId("grid-save").click();
  await expect(page.getByTestId("grid-notice")).toContainText("已保存 2 名接触者");

  // A positive result on the close contact: it becomes a case, its secondary contacts close contacts.
  await page.goto(contactUrl);
  for (const name of secondary) await expect(page.getByTestId("exposed-contacts").getByRole("link", { name })).toBeVisible();
  await page.getByRole("button", { name: "录入核酸结果" }).click();
  await page.getByRole("dialog").getByRole("radio", { name: "阳性" }).check();
  await page.getByRole("dialog").getByRole("button", { name: "保存结果" }).click();
  await expect(page.getByTestId("feedback-message")).toContainText("2 名次密切接触者已升级为密切接触者。");
  const upgraded = page.getByTestId("escalation").getByTestId("upgraded-contacts");
  for (const name of secondary) await expect(upgraded.getByRole("listitem").filter({ hasText: name })).toContainText("原为次密切接触者");

  // The new case lists the upgraded people as its close contacts, each with a 14+7 plan.
  await page.getByTestId("escalation").getByRole("link", { name: /查看病例/ }).click();
  await expect(page.getByRole("heading", { name: close[0]!, level: 1 })).toBeVisible();
  for (const name of secondary) await expect(page.getByRole("link", { name }).first()).toBeVisible();
  await page.getByRole("link", { name: secondary[0]! }).first().click();
  await expect(page.getByTestId("contact-badges")).toContainText("由次密切接触者升级");
  await expect(page.getByTestId("plan-timeline").locator('[data-phase="CENTRALIZED_ISOLATION"]')).toHaveCount(1);
  await expect(page.getByTestId("plan-timeline").locator('[data-phase="HOME_HEALTH_MONITORING"]')).toHaveCount(1);
});
