/**
 * The eligibility matrix and what-if pages as a QA lead uses them: where can Calling Plans be bought, start a
 * tenant from a cell, compare two situations, download the matrix. Keyboard and table semantics included.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn, uniqueName } from "./helpers";

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
}

test.describe("eligibility matrix and what-if", () => {
  // axe over a page of several hundred linked cells takes a while on a loaded machine.
  test.describe.configure({ timeout: 120_000 });
  test("where can Calling Plans be bought: read the grid, start a tenant from a cell", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.getByRole("link", { name: "Eligibility matrix" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Eligibility matrix" })).toBeVisible();
    const grid = page.getByRole("table", { name: /Eligibility matrix/ });
    await expect(grid.getByRole("columnheader", { name: "Domestic Calling Plan", exact: true })).toBeVisible();
    await expect(page.getByText("Every row:")).toContainText("Bought from Microsoft");
    await page.screenshot({ path: "reports/screens/matrix.png", fullPage: true });
    expect(await violations(page), "/matrix").toEqual([]);

    // At a glance: Domestic Calling Plans by plan and country class. E5 in the US class: one situation, buyable;
    // E5 in Canada: two situations (the preview flag), one of which can buy.
    const pivot = page.getByRole("table", { name: /Where can Domestic Calling Plan be bought/ });
    const e5 = pivot.locator("tr", { has: page.getByRole("rowheader", { name: "E5", exact: true }) });
    await expect(e5.getByRole("link", { name: /^Domestic Calling Plan: Available\. Start a tenant/ })).toHaveCount(1);
    await expect(e5.getByRole("link", { name: /can be bought in 1 of 2 situations/ })).toHaveCount(1);
    const e3 = pivot.locator("tr", { has: page.getByRole("rowheader", { name: "E3", exact: true }) });
    await expect(e3.getByRole("link", { name: /Blocked: PREREQUISITE_MISSING \(R-CP-1\)/ })).toHaveCount(6);

    // Only E5 plans in the US country class: the Calling Plan cell of E5 in the United States is available.
    await page.getByRole("checkbox", { name: "E5", exact: true }).check();
    await page.getByRole("checkbox", { name: "Audio Conferencing · Calling Plans · Communications Credits", exact: true }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/plan=ENTERPRISEPREMIUM/);
    const row = grid.getByRole("row", { name: /United States/ });
    await expect(row).toHaveCount(1);
    const cell = row.getByRole("link", { name: /^Domestic Calling Plan: Available/ });
    await expect(cell).toBeVisible();
    await expect(row.getByRole("link", { name: /^Phone System: Included: ALREADY_INCLUDED/ })).toBeVisible();

    // The cell is reachable by keyboard and opens the create form prefilled with the situation.
    await cell.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/tenants\?.*plan=ENTERPRISEPREMIUM/);
    await expect(page.getByLabel("Base plan")).toHaveValue("ENTERPRISEPREMIUM");
    await expect(page.getByLabel("Country or region")).toHaveValue("US");
    await expect(page.getByLabel("Commitment", { exact: true })).toHaveValue("annual");
    const name = uniqueName("From the matrix");
    await page.getByLabel("Tenant name").fill(name);
    await page.getByRole("button", { name: "Create tenant" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });

  test("grouping, policy rows and the downloads", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalReader);
    await page.goto(
      "/matrix?f=1&plan=ENTERPRISEPREMIUM&channel=direct&commitment=annual&orgType=commercial&cloud=worldwide&group=countryClass",
    );
    const grid = page.getByRole("table", { name: /Eligibility matrix/ });
    await expect(grid.getByRole("columnheader", { name: /Calling Plans \(preview tenants\)/ })).toBeVisible();
    // Canada's preview flag matters here, so Canada appears twice, once per value.
    await expect(grid.getByRole("row", { name: /Canada/ })).toHaveCount(2);
    await expect(
      grid
        .getByRole("row", { name: /Canada preview off/ })
        .getByRole("link", { name: /^Domestic Calling Plan: Blocked: COUNTRY_NOT_AVAILABLE \(R-GEO-3\)/ }),
    ).toBeVisible();
    await page.screenshot({ path: "reports/screens/matrix-grouped.png", fullPage: true });

    const csv = page.getByRole("link", { name: "Download CSV" });
    await expect(csv).toHaveAttribute("href", /format=csv/);
    const [download] = await Promise.all([page.waitForEvent("download"), csv.click()]);
    expect(download.suggestedFilename()).toBe("eligibility-matrix.csv");
    const json = await page.request.get((await page.getByRole("link", { name: "Download JSON" }).getAttribute("href"))!);
    expect(json.status()).toBe(200);
    expect((await json.json()).rows.length).toBe(6 * 7);
  });

  test("what-if: two situations side by side, the offers that change highlighted", async ({ page }) => {
    await signIn(page, ACCOUNTS.billingAdmin);
    await page.getByRole("link", { name: "What-if" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What-if" })).toBeVisible();
    // Default: the same monthly E3 tenant before and after the R-MC-1 flag flips.
    await expect(page.getByRole("status").filter({ hasText: "offers change" })).toContainText("5 offers change");
    const table = page.getByRole("table", { name: "Offers in situation A and situation B" });
    await expect(table.getByRole("row", { name: /^Phone System MCOEV/ })).toContainText("MONTHLY_COMMITMENT");
    await expect(table.getByRole("row", { name: /^Phone System MCOEV/ })).toContainText("Changed");
    await page.screenshot({ path: "reports/screens/what-if.png", fullPage: true });
    expect(await violations(page), "/what-if").toEqual([]);

    // Compare E3 in the US with E3 in Australia, annual: only the Calling Plans change: R-CP-1 still answers first, R-GEO-2 refuses them too.
    const a = page.getByRole("group", { name: "Situation A" });
    const b = page.getByRole("group", { name: "Situation B" });
    await a.getByLabel("Commitment", { exact: true }).selectOption("annual");
    await b.getByLabel("Commitment", { exact: true }).selectOption("annual");
    await b.getByLabel("Country or region", { exact: true }).selectOption("AU");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByRole("status").filter({ hasText: /change/ })).toContainText("2 offers change");
    await expect(table.getByRole("row", { name: /^Domestic Calling Plan MCOPSTN1/ })).toContainText("R-GEO-2");
  });
});
