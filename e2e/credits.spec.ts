import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { ACCOUNTS, creditsTenant, signIn } from "./helpers";

test.describe("Communications Credits in the console", () => {
  test("an Audio Conferencing tenant signs up with auto-recharge, places toll-free calls until a recharge fires, and sees it on the chart and in the ledger", async ({
    page,
    request,
  }) => {
    const { tenant } = await creditsTenant(request, { organizer: true });
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    await expect(page.getByRole("heading", { level: 1, name: "Communications Credits" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Set up Communications Credits" })).toBeVisible();

    // The order form, as documented: funds, the auto-recharge switch, its two amounts, a (simulated) card.
    await page.getByLabel("Add funds").fill("20.00");
    const autoRecharge = page.getByRole("switch", { name: /Auto-recharge/ });
    await expect(autoRecharge).toBeChecked();
    await page.getByLabel("Recharge with").fill("20.00");
    await page.getByLabel("When the balance falls below").fill("10.00");
    await page.getByLabel("Payment method").selectOption("succeed");
    await page.screenshot({ path: "reports/screens/credits-signup.png", fullPage: true });

    // Nothing is spent before the confirmation step.
    await page.getByRole("button", { name: "Place order" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm your order" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("$20.00");
    await expect(dialog).toContainText("$20.00 when below $10.00");
    await page.screenshot({ path: "reports/screens/credits-confirm.png" });
    await dialog.getByRole("button", { name: "Confirm order" }).click();

    await expect(page.getByTestId("credits-balance")).toHaveText("$20.00");
    await expect(page.getByRole("table", { name: "Ledger" })).toContainText("Sign-up funding");

    // Toll-free dial-in is paid from credits at the sandbox rate ($0.03/min): 200 minutes = $6.00.
    const callForm = page.getByRole("form", { name: "Simulated call" });
    await callForm.getByLabel("User").selectOption({ label: "Olivia Organizer (Office 365 Enterprise E3, Audio Conferencing)" });
    await callForm.getByLabel("Call type").selectOption("tollFreeDialIn");
    await callForm.getByLabel("Minutes").fill("200");
    // Call after call until one takes the balance below the trigger and the recharge fires.
    const status = callForm.getByRole("status");
    const expected = ["Balance $14.00.", "Balance $28.00. Auto-recharge topped up the balance."];
    let calls = 0;
    for (const text of expected) {
      await callForm.getByRole("button", { name: "Place call" }).click();
      await expect(status).toContainText(text);
      calls += 1;
    }
    expect(calls).toBe(2);
    await expect(status).toContainText("$6.00 from credits");
    // 20.00 - 6.00 = 14.00; - 6.00 = 8.00, below the 10.00 trigger: + 20.00 = 28.00.
    await expect(page.getByTestId("credits-balance")).toHaveText("$28.00");

    const chart = page.getByRole("figure", { name: "Balance over time" });
    await expect(chart).toBeVisible();
    await expect(chart.getByTestId("chart-caption")).toHaveText("4 ledger entries · 1 auto-recharge marked");
    await expect(chart.locator(".recharts-scatter-symbol")).toHaveCount(1);
    const ledger = page.getByRole("table", { name: "Ledger" });
    await expect(ledger.getByRole("row").filter({ hasText: "Auto-recharge" }).filter({ hasText: "$20.00" })).toHaveCount(1);
    await expect(page.getByRole("list", { name: "Notifications" })).toContainText("Auto-recharge succeeded");
    await page.screenshot({ path: "reports/screens/credits-recharged.png", fullPage: true });

    // Filter the ledger and export it.
    await page.getByRole("navigation", { name: "Filter ledger" }).getByRole("link", { name: "Auto-recharge" }).click();
    await expect(page).toHaveURL(/type=autoRecharge/);
    await expect(ledger.getByRole("row")).toHaveCount(2); // header + the one recharge
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await (await download).path();
    const csv = readFileSync(file!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("seq,at,type,amount,balanceAfter,description");
    expect(csv).toContain("autoRecharge,20.00,28.00");
    expect(csv).not.toContain("usage");

    // The sandbox clock: a month later the pools reset and the tenant's date moves.
    await page.getByLabel("Advance by (days)").fill("31");
    await page.getByRole("button", { name: "Advance clock" }).click();
    await expect(page.getByRole("form", { name: "Sandbox clock" }).getByRole("status")).toContainText("The sandbox clock now shows");
  });

  test("a refused amount is explained and nothing is added", async ({ page, request }) => {
    const { tenant, admin } = await creditsTenant(request);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "30.00" })).status()).toBe(201);
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    const form = page.getByRole("form", { name: "Add funds" });
    await form.getByLabel("Amount").fill("5.00");
    await form.getByRole("button", { name: "Add funds" }).click();
    await expect(form.getByRole("alert")).toContainText("below the $20.00 minimum");
    await expect(form.getByRole("alert")).toContainText("A-8");
    await form.getByLabel("Amount").fill("12.345");
    await form.getByRole("button", { name: "Add funds" }).click();
    await expect(form.getByText("Enter an amount in dollars")).toBeVisible();
    await expect(page.getByTestId("credits-balance")).toHaveText("$30.00");
    await form.getByLabel("Amount").fill("25.50");
    await form.getByRole("button", { name: "Add funds" }).click();
    await expect(form.getByRole("status")).toContainText("Added $25.50");
    await expect(page.getByTestId("credits-balance")).toHaveText("$55.50");
  });

  test("a tenant with Phone System only is told what to buy first", async ({ page, request }) => {
    const { tenant } = await creditsTenant(request, { addOns: [{ sku: "MCOEV", quantity: 5 }] });
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    await expect(page.getByText("This tenant can't set up Communications Credits yet.")).toBeVisible();
    const alert = page.getByRole("alert").filter({ hasText: "Communications Credits" });
    await expect(alert).toContainText("Audio Conferencing, or Phone System together with a Calling Plan");
    await expect(alert).toContainText("R-CC-");
    await expect(page.getByRole("link", { name: "Go to Buy add-ons" })).toHaveAttribute("href", `/tenants/${tenant.id}/billing/buy`);
    await expect(page.getByRole("button", { name: "Place order" })).toHaveCount(0);
    await page.screenshot({ path: "reports/screens/credits-blocked.png", fullPage: true });
  });
});
