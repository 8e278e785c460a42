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

    // At a glance: Domestic Calling Plans by plan and country class. R-GEO-2's default reading: the USER's usage
    // location decides (checked at assignment), so the tenant's country doesn't gate the purchase. E5 in the US class:
    // one situation, buyable (both readings agree). In the five other classes the callingPlanPurchaseCountry flag splits
    // the situation and only the usage-location reading can buy: 1 of 2, and 2 of 4 in the credits-only class, where
    // the Bahrain/Brazil/Brunei credits flag splits it again.
    const pivot = page.getByRole("table", { name: /Where can Domestic Calling Plan be bought/ });
    const e5 = pivot.locator("tr", { has: page.getByRole("rowheader", { name: "E5", exact: true }) });
    await expect(e5.getByRole("link", { name: /^Domestic Calling Plan: Available\. Start a tenant/ })).toHaveCount(1);
    await expect(e5.getByRole("link", { name: /can be bought in 1 of 2 situations/ })).toHaveCount(4);
    await expect(e5.getByRole("link", { name: /can be bought in 2 of 4 situations/ })).toHaveCount(1);
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
    await expect(grid.getByRole("columnheader", { name: "Domestic Calling Plan", exact: true })).toBeVisible();
    // The United States sells Calling Plans, so the reading of R-GEO-2 changes nothing there: one row, no policy words.
    await expect(grid.getByRole("row", { name: /United States/ })).toHaveCount(1);
    await expect(grid.getByRole("row", { name: /United States.*Calling Plans by/ })).toHaveCount(0);
    // Canada: the reading matters (R-GEO-2 default = usage location; alternative = tenant country, where R-GEO-3 keeps
    // Canada to preview tenants), so Canada appears twice, once per reading.
    await expect(grid.getByRole("row", { name: /Canada/ })).toHaveCount(2);
    await expect(
      grid
        .getByRole("row", { name: /Canada.*Calling Plans by usage location/ })
        .getByRole("link", { name: /^Domestic Calling Plan: Available\. Start a tenant/ }),
    ).toBeVisible();
    await expect(
      grid
        .getByRole("row", { name: /Canada.*Calling Plans by tenant country/ })
        .getByRole("link", { name: /^Domestic Calling Plan: Blocked: COUNTRY_NOT_AVAILABLE \(R-GEO-3\)/ }),
    ).toBeVisible();
    // Australia doesn't sell Calling Plans: only the tenant-country reading refuses them, by R-GEO-2.
    await expect(
      grid
        .getByRole("row", { name: /Australia.*Calling Plans by tenant country/ })
        .getByRole("link", { name: /^Domestic Calling Plan: Blocked: COUNTRY_NOT_AVAILABLE \(R-GEO-2\)/ }),
    ).toBeVisible();
    await expect(
      grid
        .getByRole("row", { name: /Australia.*Calling Plans by usage location/ })
        .getByRole("link", { name: /^Domestic Calling Plan: Available\. Start a tenant/ }),
    ).toBeVisible();
    await page.screenshot({ path: "reports/screens/matrix-grouped.png", fullPage: true });

    const csv = page.getByRole("link", { name: "Download CSV" });
    await expect(csv).toHaveAttribute("href", /format=csv/);
    const [download] = await Promise.all([page.waitForEvent("download"), csv.click()]);
    expect(download.suggestedFilename()).toBe("eligibility-matrix.csv");
    const json = await page.request.get((await page.getByRole("link", { name: "Download JSON" }).getAttribute("href"))!);
    expect(json.status()).toBe(200);
    // 13 situations x 6 add-ons: the US class once; Canada, Australia, Korea and India twice (the R-GEO-2 reading);
    // Bahrain four times (the R-GEO-2 reading x the R-CC-5 credits flag).
    expect((await json.json()).rows.length).toBe((1 + 4 * 2 + 4) * 6);
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

    // E5 in Australia, annual, under the two readings of R-GEO-2: by usage location (the default) Calling Plans can be
    // bought, the user's location being checked at assignment; by tenant country, Australia doesn't sell them.
    const a = page.getByRole("group", { name: "Situation A" });
    const b = page.getByRole("group", { name: "Situation B" });
    for (const s of [a, b]) {
      await s.getByLabel("Base plan", { exact: true }).selectOption("ENTERPRISEPREMIUM");
      await s.getByLabel("Commitment", { exact: true }).selectOption("annual");
      await s.getByLabel("Country or region", { exact: true }).selectOption("AU");
      await s.getByLabel("Monthly commitment blocks add-ons", { exact: true }).selectOption("true");
    }
    await b.getByLabel("What lets Calling Plans be bought", { exact: true }).selectOption("tenantCountry");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/b\.policy\.callingPlanPurchaseCountry=tenantCountry/);
    await expect(page.getByRole("status").filter({ hasText: /change/ })).toContainText("2 offers change");
    const domestic = table.getByRole("row", { name: /^Domestic Calling Plan MCOPSTN1/ });
    await expect(domestic).toContainText("R-GEO-2");
    await expect(domestic).toContainText("Changed");
    await expect(table.getByRole("row", { name: /^Domestic and International Calling Plan MCOPSTN2/ })).toContainText("R-GEO-2");
    // The flag survives the round trip through the form.
    await expect(b.getByLabel("What lets Calling Plans be bought", { exact: true })).toHaveValue("tenantCountry");
    await expect(a.getByLabel("What lets Calling Plans be bought", { exact: true })).toHaveValue("usageLocation");
  });
});
