import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, creditsTenant, signIn, tenantWithAllRoles } from "./helpers";

/** Issue 14, console frictions 5-10: tried the way a trainer, a demoer and a QA engineer would. */

async function seriousAxe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

const GODADDY = "Fabrikam Business Premium (GoDaddy)";

test.describe("console frictions 5-10 (issue 14)", () => {
  test("5. Activity on Home: plain words, the sandbox clock, filters and pages (no silent stop at 30)", async ({ page, request }) => {
    test.setTimeout(90_000);
    const { tenant, admin, organizerId } = await creditsTenant(request, { organizer: true });
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);
    // The sandbox clock moves 40 days ahead of the server's: Activity must show the sandbox's date.
    expect((await admin.post(`/tenants/${tenant.id}/clock/advance`, { days: 40 })).status()).toBe(200);
    for (let i = 0; i < 30; i++) {
      const call = await admin.post(`/tenants/${tenant.id}/credits/usage`, { userId: organizerId, type: "tollFreeDialIn", minutes: 1 });
      expect(call.status()).toBe(201);
    }
    // One refusal: a Calling Plan without Phone System (R-CP-1) is recorded as refused.
    const refused = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTN1", quantity: 1 });
    expect(refused.status()).toBeGreaterThanOrEqual(400);
    const state = await (await admin.get(`/tenants/${tenant.id}`)).json();
    const sandboxDay = new Date(state.now).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}`);
    const trail = page.getByRole("list", { name: "Audit trail" });
    await expect(trail.getByRole("listitem")).toHaveCount(20);
    await expect(page.getByTestId("activity-range")).toHaveText(/^1–20 of \d+$/);
    const total = Number((await page.getByTestId("activity-range").textContent())!.split(" of ")[1]);
    expect(total).toBeGreaterThan(30);
    await expect(trail).toContainText("Placed a simulated call");
    await expect(trail).toContainText("Toll-free dial-in to a meeting, 1 min");
    await expect(trail).not.toContainText("credits.call");
    await expect(trail).not.toContainText("MCOPSTN1");
    await expect(trail.locator("time").first()).toContainText(sandboxDay);
    await page.screenshot({ path: "reports/screens/home-activity.png", fullPage: true });

    // Every event is reachable: page to the end.
    const pages = page.getByRole("navigation", { name: "Activity pages", exact: true });
    let seen = 20;
    while (await pages.getByRole("link", { name: "Older" }).count()) {
      await pages.getByRole("link", { name: "Older" }).click();
      await expect(page.getByTestId("activity-range")).toHaveText(new RegExp(`^${seen + 1}–\\d+ of ${total}$`));
      const n = await trail.getByRole("listitem").count();
      await expect(page.getByTestId("activity-range")).toHaveText(`${seen + 1}–${seen + n} of ${total}`);
      seen += n;
    }
    expect(seen).toBe(total);
    await expect(trail).toContainText("Created the tenant");
    await expect(trail).toContainText("Bought");
    await expect(trail).toContainText("Audio Conferencing");

    // Filters: only credits events, then only refusals.
    await page.getByLabel("Show").selectOption("purchases");
    await page.getByLabel("Outcome").selectOption("denied");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/activity=purchases&outcome=denied/);
    await expect(trail.getByRole("listitem")).toHaveCount(1);
    await expect(trail.getByRole("listitem")).toContainText("Refused");
    await expect(trail.getByRole("listitem")).toContainText("Tried to buy");
    await expect(trail.getByRole("listitem")).toContainText("Domestic Calling Plan");
    await page.getByLabel("Show").selectOption("credits");
    await page.getByLabel("Outcome").selectOption("");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByTestId("activity-range")).toHaveText(/^1–20 of 3\d$/);
    for (const item of await trail.getByRole("listitem").all()) await expect(item).toHaveAttribute("data-action", /^(credits|clock)\./);
  });

  test("6. wording and money: SfB Plan 2, the Credits subscription, one money format with thousands, product names in the call simulator", async ({
    page,
    request,
  }) => {
    const { tenant, admin } = await creditsTenant(request, { organizer: true });
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "1234.50" })).status()).toBe(201);
    await signIn(page, ACCOUNTS.globalAdmin);

    await page.goto(`/tenants/${tenant.id}/billing/switch-plan`);
    const plan2 = page.getByRole("listitem", { name: "Skype for Business Online (Plan 2)", exact: true });
    await expect(plan2).toContainText("Skype for Business Online (Plan 2) on its own");
    await expect(page.getByText("no Skype for Business features")).toHaveCount(0);

    await page.goto(`/tenants/${tenant.id}/billing/subscriptions`);
    const credits = page.getByRole("row").filter({ hasText: "Communications Credits" });
    await expect(credits).toContainText("Prepaid balance");
    await expect(credits.getByTestId("credits-balance-cell")).toHaveText("$1,234.50 left");
    await expect(credits).not.toContainText("Unlimited");

    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    await expect(page.getByTestId("credits-balance")).toHaveText("$1,234.50");
    await expect(page.getByRole("table", { name: "Ledger" })).toContainText("$1,234.50");
    const users = page.getByRole("form", { name: "Simulated call" }).getByLabel("User");
    await expect(users.locator("option").first()).toHaveText("Olivia Organizer (Office 365 Enterprise E3, Audio Conferencing)");
    await expect(users).not.toContainText("ENTERPRISEPACK");
    await expect(users).not.toContainText("MCOMEETADV");
  });

  test("7. one banner for a reason repeated on every add-on; you own N; the balance chart runs on time", async ({ page, request }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.getByRole("link", { name: GODADDY }).click();
    await page.getByRole("navigation", { name: "Admin center" }).getByRole("link", { name: "Buy add-ons" }).click();
    const banner = page.getByRole("region", { name: "Why several add-ons are blocked" });
    await expect(banner).toContainText("This blocks 6 add-ons below");
    await expect(banner.getByTestId("rule-id")).toHaveText("R-GD-1");
    // Said once on the page, not once per add-on.
    await expect(page.getByText("through GoDaddy can't take Skype for Business or Teams add-ons")).toHaveCount(1);
    await expect(banner.getByRole("link", { name: "Switch to Office 365 Enterprise E3" })).toHaveCount(1);
    await expect(page.getByTestId("offer-shared-note")).toHaveCount(6);
    await page.screenshot({ path: "reports/screens/buy-add-ons-godaddy-banner.png", fullPage: true });

    const { tenant, admin } = await creditsTenant(request, {
      addOns: [
        { sku: "MCOEV", quantity: 2 },
        { sku: "MCOMEETADV", quantity: 3 },
      ],
    });
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);
    expect((await admin.post(`/tenants/${tenant.id}/clock/advance`, { days: 20 })).status()).toBe(200);
    expect((await admin.post(`/tenants/${tenant.id}/credits/funds`, { amount: "25.00" })).status()).toBe(201);
    await page.goto(`/tenants/${tenant.id}/billing/buy`);
    const card = (name: string) => page.getByRole("list", { name: "Add-ons" }).getByRole("listitem", { name, exact: true });
    await expect(card("Phone System").getByTestId("offer-owned")).toHaveText("You own 2 licenses");
    await expect(card("Audio Conferencing").getByTestId("offer-owned")).toHaveText("You own 3 licenses");
    await expect(card("Domestic Calling Plan").getByTestId("offer-owned")).toHaveCount(0);

    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    const chart = page.getByRole("figure", { name: "Balance over time" });
    await expect(chart).toContainText("Sandbox date (UTC)");
    await expect(chart).not.toContainText("Ledger entry");
    // Ticks are dates ("Jan 5"), not entry numbers.
    const texts = (await chart.locator("svg text").allTextContents()).map((t) => t.trim());
    expect(texts.filter((t) => /^[A-Z][a-z]{2} \d{1,2}$/.test(t)).length).toBeGreaterThan(1);
    expect(texts.filter((t) => /^\d+$/.test(t))).toEqual([]);
  });

  test("8. Rules reference: the linked rule highlighted and scrolled to, full text and citation, grouped, searchable, same tenant", async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.getByRole("link", { name: GODADDY }).click();
    await expect(page.getByRole("heading", { level: 1, name: GODADDY })).toBeVisible();
    const tenantUrl = new URL(page.url()).pathname;
    const tenantId = tenantUrl.split("/")[2];
    await page.goto(`${tenantUrl}/billing/buy`);
    await page.getByRole("region", { name: "Why several add-ons are blocked" }).getByRole("link", { name: "R-GD-1" }).click();
    await expect(page).toHaveURL(new RegExp(`/rules\\?tenant=${tenantId}#R-GD-1$`));

    const rule = page.locator("article#R-GD-1");
    await expect(rule).toHaveAttribute("aria-current", "true");
    await expect(rule).toContainText("The rule you followed");
    await expect(rule).toBeFocused();
    await expect(rule).toBeInViewport();
    await expect(rule).toContainText("plan = Business Premium AND reseller = GoDaddy");
    await expect(rule.locator("blockquote")).toContainText("M:210");
    const doc = rule.getByRole("link", { name: /^Documentation:/ });
    await expect(doc).toHaveAttribute(
      "href",
      /OfficeDocs-SkypeForBusiness\/blob\/[0-9a-f]{40}\/.+\.md#why-dont-i-see-the-option-to-buy-add-ons$/,
    );
    await expect(rule.getByRole("link", { name: /The cited line/ })).toHaveAttribute("href", /\.md#L210$/);
    await expect(page.locator('a[href*="/search"]')).toHaveCount(0);
    await page.screenshot({ path: "reports/screens/rules-reference.png" });

    // Still in the tenant: its navigation and the switcher.
    const nav = page.getByRole("navigation", { name: "Admin center" });
    await expect(nav.getByRole("link", { name: "Buy add-ons" })).toHaveAttribute("href", `/tenants/${tenantId}/billing/buy`);
    await expect(nav.getByRole("link", { name: "Rules reference" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(GODADDY);

    // Grouped and searchable.
    await expect(page.getByRole("heading", { level: 2, name: "Tenant-level blocks" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Sandbox rules (not in the documentation)" })).toBeVisible();
    const all = await page.getByTestId("rule-card").count();
    await page.getByRole("searchbox", { name: "Search rules" }).fill("voicemail");
    await expect(page.getByTestId("rules-count")).toContainText("match");
    const some = await page.getByTestId("rule-card").count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    for (const card of await page.getByTestId("rule-card").all()) await expect(card).toContainText(/voicemail/i);

    // A rule link on the page itself (hash change) highlights that rule too.
    await page.getByRole("searchbox", { name: "Search rules" }).fill("");
    await page.evaluate(() => {
      window.location.hash = "R-MC-1";
    });
    await expect(page.locator("article#R-MC-1")).toHaveAttribute("aria-current", "true");
    await expect(page.locator("article#R-GD-1")).not.toHaveAttribute("aria-current", "true");
    expect(await seriousAxe(page)).toEqual([]);
  });

  test("9. Communications Credits: summary on top, sections side by side, nothing hidden, far shorter", async ({ page, request }) => {
    const { tenant, admin } = await creditsTenant(request, { organizer: true });
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary.getByTestId("credits-balance")).toHaveText("$50.00");
    await expect(summary.getByTestId("sandbox-now")).toBeVisible();
    const top = async (name: string) => (await page.getByRole("heading", { level: 2, name, exact: true }).boundingBox())!;
    const summaryBox = (await summary.boundingBox())!;
    const chart = await top("Balance over time");
    const funds = await top("Add funds");
    expect(summaryBox.y).toBeLessThan(chart.y);
    expect(funds.x).toBeGreaterThan(chart.x + 300); // side by side
    expect(Math.abs(funds.y - chart.y)).toBeLessThan(40);
    for (const name of [
      "Simulate a call",
      "Auto-recharge",
      "Sandbox clock",
      "Notifications",
      "Ledger",
      "PSTN minute pools",
      "Users blocked from calling",
    ])
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2200);
    await page.screenshot({ path: "reports/screens/credits-layout.png", fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
  });

  test("10. a favicon, icons in the navigation, command bars over lists, and a flyout to edit a user", async ({ page, request }) => {
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    const { tenant, admin } = await tenantWithAllRoles(request);
    const created = await admin.post(`/tenants/${tenant.id}/users`, {
      displayName: "Megan Bowen",
      userPrincipalName: "megan@flyout.test",
      usageLocation: "US",
    });
    const userId = (await created.json()).id as string;
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/users`);
    expect((await request.get("/icon.svg")).status()).toBe(200);
    await expect(page.locator('head link[rel="icon"]')).toHaveCount(1);
    expect(missing).toEqual([]);

    const nav = page.getByRole("navigation", { name: "Admin center" });
    for (const name of ["Home", "Users", "Subscriptions", "Buy add-ons", "Communications Credits", "Licenses", "Settings"])
      await expect(nav.getByRole("link", { name, exact: true }).locator('svg[aria-hidden="true"]')).toHaveCount(1);

    const bar = page.getByRole("group", { name: "Users commands" });
    await expect(bar.getByRole("link", { name: "Add a user" })).toBeVisible();
    await expect(bar.getByRole("link", { name: "Import users" })).toBeVisible();

    // The flyout: opened from the list, edits with the user page's own form, Escape returns to the list.
    await page.getByRole("link", { name: "Edit Megan Bowen" }).click();
    const flyout = page.getByRole("dialog", { name: "Megan Bowen" });
    await expect(flyout).toBeVisible();
    await expect(page).toHaveURL(/\?edit=/);
    await flyout.getByLabel("Display name").fill("Megan Bowen-Smith");
    await flyout.getByRole("button", { name: "Save details" }).click();
    await expect(flyout.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await expect(flyout.getByLabel("Usage location")).toHaveValue("US");
    await expect(flyout.getByRole("checkbox", { name: /Office 365 Enterprise E3/ })).toBeVisible();
    await page.screenshot({ path: "reports/screens/users-flyout.png" });
    expect(await seriousAxe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(flyout).toBeHidden();
    await expect(page).not.toHaveURL(/edit=/);
    await expect(page.getByRole("table", { name: "Active users" })).toContainText("Megan Bowen-Smith");

    // The user page route still works, and the subscriptions list has its command bar.
    await page.goto(`/tenants/${tenant.id}/users/${userId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Megan Bowen-Smith" })).toBeVisible();
    await page.goto(`/tenants/${tenant.id}/billing/subscriptions`);
    await expect(page.getByRole("group", { name: "Subscriptions commands" }).getByRole("link", { name: "Switch plans" })).toBeVisible();
    await page.goto(`/tenants/${tenant.id}`);
    await page.screenshot({ path: "reports/screens/home.png", fullPage: true });
  });
});
