import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, apiAs, signIn, uniqueName } from "./helpers";

function offerCard(page: Page, name: string) {
  return page.getByRole("list", { name: "Add-ons" }).getByRole("listitem", { name, exact: true });
}

async function buy(page: Page, tenantId: string, productName: string, quantity: number) {
  await page.goto(`/tenants/${tenantId}/billing/buy`);
  await offerCard(page, productName)
    .getByRole("link", { name: `Buy ${productName}` })
    .click();
  await page.getByLabel("How many licenses?").fill(String(quantity));
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: "Your order is complete" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`You bought ${quantity} ${productName}`);
}

test.describe("buying in the admin center", () => {
  test("Business Premium: Audio Conferencing, credits, Phone System refused until a switch to E3, then Phone System and a Calling Plan", async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.billingAdmin);
    const admin = await apiAs(page.request, ACCOUNTS.globalAdmin);
    const created = await (
      await admin.post("/tenants", { name: uniqueName("BP journey"), country: "US", plan: "O365_BUSINESS_PREMIUM", seats: 10 })
    ).json();
    const billing = await admin.post(`/tenants/${created.id}/members`, { email: ACCOUNTS.billingAdmin, role: "BILLING_ADMIN" });
    expect(billing.status()).toBe(201);
    const tenantId = created.id as string;

    await page.goto(`/tenants/${tenantId}/billing/buy`);
    await expect(offerCard(page, "Audio Conferencing").getByTestId("offer-status")).toHaveText("Available");
    await page.screenshot({ path: "reports/screens/buy-add-ons-business-premium.png", fullPage: true });
    await buy(page, tenantId, "Audio Conferencing", 5);
    await expect(page.getByRole("main").getByRole("link", { name: "Communications Credits" })).toBeVisible();

    // Audio Conferencing unlocked Communications Credits: set them up from the result page's link.
    await page.getByRole("main").getByRole("link", { name: "Communications Credits" }).click();
    await page.getByLabel("Add funds").fill("50.00");
    await page.getByLabel("Recharge with").fill("25.00");
    await page.getByLabel("When the balance falls below").fill("10.00");
    await page.getByRole("button", { name: "Place order" }).click();
    await page.getByRole("dialog", { name: "Confirm your order" }).getByRole("button", { name: "Confirm order" }).click();
    await expect(page.getByTestId("credits-balance")).toHaveText("$50.00");

    await page.goto(`/tenants/${tenantId}/billing/buy`);
    const phoneSystem = offerCard(page, "Phone System");
    await expect(phoneSystem.getByTestId("offer-status")).toHaveText("Not available");
    await expect(phoneSystem.getByTestId("rule-id")).toHaveText("R-PS-BP");
    await phoneSystem.getByRole("link", { name: "Go to Switch plans" }).click();
    await expect(page.getByRole("heading", { name: "Switch plans" })).toBeVisible();
    const e3 = page.getByRole("listitem", { name: "Office 365 Enterprise E3" });
    await e3.getByRole("button", { name: "Switch to Office 365 Enterprise E3" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Switch plan" }).click();
    await expect(page.getByRole("status")).toContainText("Plan switched to Office 365 Enterprise E3");

    await buy(page, tenantId, "Phone System", 5);
    await expect(page.getByRole("main").getByRole("link", { name: "Domestic Calling Plan", exact: true })).toBeVisible();
    await buy(page, tenantId, "Domestic Calling Plan", 3);

    const state = await (await admin.get(`/tenants/${tenantId}`)).json();
    expect(state.plan).toBe("ENTERPRISEPACK");
    expect(state.subscriptions.map((s: { sku: string }) => s.sku)).toEqual(
      expect.arrayContaining(["ENTERPRISEPACK", "MCOMEETADV", "MCOPSTNC", "MCOEV", "MCOPSTN1"]),
    );
    const events = (await (await admin.get(`/tenants/${tenantId}/events`)).json()).events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(["purchase", "plan.switch"]));
  });

  test("a double-click on Place order buys once", async ({ page }) => {
    await signIn(page, ACCOUNTS.billingAdmin);
    const admin = await apiAs(page.request, ACCOUNTS.globalAdmin);
    const created = await (
      await admin.post("/tenants", { name: uniqueName("Double click"), country: "US", plan: "ENTERPRISEPACK", seats: 10 })
    ).json();
    expect((await admin.post(`/tenants/${created.id}/members`, { email: ACCOUNTS.billingAdmin, role: "BILLING_ADMIN" })).status()).toBe(
      201,
    );
    const tenantId = created.id as string;

    await page.goto(`/tenants/${tenantId}/billing/buy`);
    await offerCard(page, "Phone System").getByRole("link", { name: "Buy Phone System" }).click();
    await page.getByLabel("How many licenses?").fill("7");
    await page.getByRole("button", { name: "Review order" }).click();
    await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible();
    await page.getByRole("button", { name: "Place order" }).dblclick();
    await expect(page.getByRole("heading", { name: "Your order is complete" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("You bought 7 Phone System");

    const state = await (await admin.get(`/tenants/${tenantId}`)).json();
    const phoneSystem = state.subscriptions.filter((s: { sku: string }) => s.sku === "MCOEV");
    expect(phoneSystem, "one Phone System subscription").toHaveLength(1);
    expect(phoneSystem[0]).toMatchObject({ quantity: 7 });
    const events = (await (await admin.get(`/tenants/${tenantId}/events?limit=100`)).json()).events as {
      action: string;
      target: string;
      outcome: string;
      details: { quantity?: number };
    }[];
    const purchases = events.filter((e) => e.action === "purchase" && e.target === "MCOEV");
    expect(purchases, "one purchase event for Phone System").toHaveLength(1);
    expect(purchases[0]).toMatchObject({ outcome: "success", details: { quantity: 7 } });
  });

  test("GoDaddy Business Premium: every add-on blocked with the GoDaddy reason and the E3 way out", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.getByRole("link", { name: "Fabrikam Business Premium (GoDaddy)" }).click();
    await page.getByRole("navigation", { name: "Admin center" }).getByRole("link", { name: "Buy add-ons" }).click();
    const cards = page.getByRole("list", { name: "Add-ons" }).locator(":scope > li");
    await expect(cards).toHaveCount(6);
    // The one GoDaddy reason is said once, over the list, with the way out; each card points to it.
    const shared = page.getByRole("region", { name: "Why several add-ons are blocked" });
    await expect(shared.getByTestId("rule-id")).toHaveText("R-GD-1");
    await expect(shared.getByRole("link", { name: "Switch to Office 365 Enterprise E3" })).toHaveCount(1);
    for (const card of await cards.all()) {
      await expect(card.getByTestId("offer-status")).toHaveText("Not available");
      await expect(card.getByTestId("rule-id").first()).toHaveText("R-GD-1");
    }
    await page.screenshot({ path: "reports/screens/buy-add-ons-godaddy.png", fullPage: true });
    await page.getByLabel("Show only what the real admin center shows").check();
    await expect(page.getByText("The real admin center would show no add-ons")).toBeVisible();
  });

  test("a monthly commitment shows the annual-commitment reason", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalReader);
    await page.getByRole("link", { name: "Northwind E3 (monthly commitment)" }).click();
    await page.getByRole("navigation", { name: "Admin center" }).getByRole("link", { name: "Buy add-ons" }).click();
    const ac = offerCard(page, "Audio Conferencing");
    await expect(ac.getByTestId("rule-id")).toHaveText("R-MC-1");
    await expect(ac).toContainText("MONTHLY_COMMITMENT");
    // The reason blocks every add-on, so its way forward is said once, over the list.
    const shared = page.getByRole("region", { name: "Why several add-ons are blocked" });
    await expect(shared.getByRole("link", { name: "Change to an annual commitment" })).toHaveCount(1);
    // A reader sees the offers but no Buy button anywhere.
    // (Ways forward of a card's own reasons, "Buy Phone System first", name what to buy; they are not Buy buttons.)
    await expect(page.getByRole("list", { name: "Add-ons" }).getByRole("link", { name: /^Buy (?!.* first$)/ })).toHaveCount(0);
  });

  test("a partner buys one E3 seat and then sees Phone System and Audio Conferencing", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    const admin = await apiAs(page.request, ACCOUNTS.globalAdmin);
    const t = await (
      await admin.post("/tenants", { name: uniqueName("Partner"), country: "US", plan: "ENTERPRISEPACK", channel: "partner", seats: 5 })
    ).json();
    await page.goto(`/tenants/${t.id}/billing/buy`);
    const ps = offerCard(page, "Phone System");
    await expect(ps.getByTestId("rule-id")).toHaveText("R-PART-1");
    await ps.getByRole("link", { name: "Buy Office 365 Enterprise E3 first" }).click();
    await page.getByLabel("How many licenses?").fill("1");
    await page.getByRole("button", { name: "Review order" }).click();
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByRole("status")).toContainText("You bought 1 Office 365 Enterprise E3 license");
    await page.goto(`/tenants/${t.id}/billing/buy`);
    await expect(offerCard(page, "Phone System").getByTestId("offer-status")).toHaveText("Available");
    await expect(offerCard(page, "Audio Conferencing").getByTestId("offer-status")).toHaveText("Available");
  });

  test("E5 shows Audio Conferencing and Phone System as included", async ({ page }) => {
    await signIn(page, ACCOUNTS.licenseAdmin);
    await page.getByRole("link", { name: "Relecloud E5" }).click();
    await page.getByRole("navigation", { name: "Admin center" }).getByRole("link", { name: "Buy add-ons" }).click();
    await expect(offerCard(page, "Audio Conferencing").getByTestId("offer-status")).toHaveText("Included in your plan");
    await expect(offerCard(page, "Phone System").getByTestId("offer-status")).toHaveText("Included in your plan");
    await expect(offerCard(page, "Domestic Calling Plan").getByTestId("offer-status")).toHaveText("Available");
  });

  test("seat changes: more seats is fine, fewer than assigned is refused with the reason", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.getByRole("link", { name: "Woodgrove E3" }).click();
    await page.getByRole("navigation", { name: "Admin center" }).getByRole("link", { name: "Subscriptions" }).click();
    const input = page.getByLabel("Licenses of Office 365 Enterprise E3", { exact: true });
    await input.fill("1");
    await page.getByRole("button", { name: "Update licenses of Office 365 Enterprise E3" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/assigned/i);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("R-ASG-SEAT");
    await input.fill("30");
    await page.getByRole("button", { name: "Update licenses of Office 365 Enterprise E3" }).click();
    await expect(page.getByText("Seats updated: 30 purchased")).toBeVisible();
  });

  test("settings: turning the monthly-commitment flag off re-evaluates offers at once", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    const admin = await apiAs(page.request, ACCOUNTS.globalAdmin);
    const t = await (
      await admin.post("/tenants", { name: uniqueName("Monthly"), country: "US", plan: "ENTERPRISEPACK", commitment: "monthly" })
    ).json();
    await page.goto(`/tenants/${t.id}/billing/buy`);
    await expect(offerCard(page, "Phone System").getByTestId("offer-status")).toHaveText("Not available");
    await page.goto(`/tenants/${t.id}/settings`);
    await page.getByLabel(/A monthly commitment blocks add-on purchases/).uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.goto(`/tenants/${t.id}/billing/buy`);
    await expect(offerCard(page, "Phone System").getByTestId("offer-status")).toHaveText("Available");
  });
});
