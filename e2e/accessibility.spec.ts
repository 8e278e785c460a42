import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

/** Serious and critical WCAG 2 A/AA problems axe finds on a page, as short lines (empty when clean). */
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

test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  test("the sign-in page", async ({ page }) => {
    await page.goto("/login");
    expect(await violations(page)).toEqual([]);
  });

  test("every page of a tenant's console", async ({ page }) => {
    // Eleven axe scans; on a loaded machine they take longer than the default 30 s.
    test.setTimeout(120_000);
    await signIn(page, ACCOUNTS.globalAdmin);
    expect(await violations(page), "/tenants").toEqual([]);
    await page.getByRole("link", { name: "Relecloud E5" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Relecloud E5" })).toBeVisible();
    const base = new URL(page.url()).pathname;
    const pages = [
      "",
      "/users",
      "/billing/subscriptions",
      "/billing/buy",
      "/billing/buy/MCOPSTN1",
      "/billing/switch-plan",
      "/billing/credits",
      "/billing/licenses",
      "/settings",
    ];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      for (const v of await violations(page)) found.push(`${path || "/"} ${v}`);
    }
    for (const path of ["/rules", "/account/tokens", "/scenarios", "/classes"]) {
      await page.goto(path);
      for (const v of await violations(page)) found.push(`${path} ${v}`);
    }
    expect(found).toEqual([]);
  });
});
