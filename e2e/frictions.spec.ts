import { expect, test } from "@playwright/test";
import { ACCOUNTS, creditsTenant, signIn, tenantWithAllRoles, uniqueName } from "./helpers";

/** Issue 14, console frictions 1-4: tried the way a trainer, a demoer and a QA engineer would. */

test.describe("console frictions (issue 14)", () => {
  test("1. a new user's usage location starts at the tenant's country", async ({ page, request }) => {
    const { tenant } = await tenantWithAllRoles(request, { country: "GB" });
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/users/new`);
    await expect(page.getByLabel("Usage location")).toHaveValue("GB");
  });

  test("1. USAGE_LOCATION_REQUIRED: the remedy focuses the field on the same page and the ticked licenses stay ticked", async ({
    page,
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 2 })).status()).toBe(201);
    const created = await admin.post(`/tenants/${tenant.id}/users`, {
      displayName: "Nestor Wilke",
      userPrincipalName: "nestor@contoso.test",
      usageLocation: null,
    });
    const userId = (await created.json()).id as string;

    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/users/${userId}`);
    await page.getByRole("checkbox", { name: /Office 365 Enterprise E3/ }).check();
    await page.getByRole("checkbox", { name: /^Phone System/ }).check();
    await page.getByRole("button", { name: "Save licenses" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "These licenses weren't saved" });
    await expect(alert).toContainText("USAGE_LOCATION_REQUIRED");
    await page.screenshot({ path: "reports/screens/usage-location-remedy.png", fullPage: true });
    await alert.getByRole("link", { name: "Set the user's usage location" }).click();
    await expect(page.locator("#usageLocation")).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/users/${userId}`));
    await expect(page.getByRole("checkbox", { name: /Office 365 Enterprise E3/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Phone System/ })).toBeChecked();

    await page.getByLabel("Usage location").selectOption("US");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^Phone System/ })).toBeChecked();
    await page.getByRole("button", { name: "Save licenses" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Licenses saved for Nestor Wilke: 2 added" })).toBeVisible();
  });

  test("2. a policy-flag refusal says so and links to the flag; a badge shows changed flags; readers see flags in words", async ({
    page,
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request, { name: uniqueName("Monthly"), commitment: "monthly" });
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/buy`);
    await expect(page.getByTestId("policy-badge")).toHaveCount(0);
    const note = page.getByTestId("policy-flag-note").first();
    await expect(note).toContainText("policy flag");
    await note.getByRole("link", { name: /Settings › Monthly commitment and add-ons/ }).click();
    await expect(page).toHaveURL(/\/settings#flag-monthlyCommitmentBlocksAddOns$/);
    await expect(page.locator("#flag-monthlyCommitmentBlocksAddOns")).toBeVisible();

    expect((await admin.patch(`/tenants/${tenant.id}`, { policy: { canadaCallingPlansPreview: true } })).status()).toBe(200);
    for (const path of ["", "/billing/buy"]) {
      await page.goto(`/tenants/${tenant.id}${path}`);
      const badge = page.getByTestId("policy-badge");
      await expect(badge).toContainText("1 policy flag changed");
      await expect(badge.getByRole("link", { name: "Canada Calling Plans preview" })).toHaveAttribute(
        "href",
        `/tenants/${tenant.id}/settings#flag-canadaCallingPlansPreview`,
      );
    }
    await page.screenshot({ path: "reports/screens/policy-badge-buy.png", fullPage: true });

    await page.context().clearCookies();
    await signIn(page, ACCOUNTS.globalReader);
    await page.goto(`/tenants/${tenant.id}/settings`);
    const flags = page.getByLabel("Policy flags");
    await expect(flags).toContainText("A monthly commitment blocks add-on purchases");
    await expect(flags).toContainText("This tenant is in the preview");
    await expect(flags).toContainText("Can be bought, with a tip to evaluate E5");
    await expect(page.getByText("Monthly commitment", { exact: true })).toBeVisible();
    await page.screenshot({ path: "reports/screens/settings-reader.png", fullPage: true });
  });

  test("3. the order result offers the next step", async ({ page, request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const bought = await (await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 2 })).json();
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/purchases/${bought.purchase.id}`);
    await page.getByRole("link", { name: "Assign licenses" }).click();
    await expect(page).toHaveURL(new RegExp(`/tenants/${tenant.id}/billing/licenses`));
  });

  test("4. the call simulator shows rate and cost, says when a domestic call is billed as international, and clears the last result on change", async ({
    page,
    request,
  }) => {
    const { tenant, admin } = await creditsTenant(request, { organizer: true });
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/credits`);
    const form = page.getByRole("form", { name: "Simulated call" });
    const preview = form.getByTestId("call-preview");
    await form.getByLabel("Call type").selectOption("tollFreeDialIn");
    await form.getByLabel("Minutes").fill("60");
    await expect(preview).toContainText("Rate: $0.03 a minute");
    await expect(preview).toContainText("60 min × $0.03 = $1.80");

    await form.getByLabel("Call type").selectOption("domesticCall");
    await form.getByLabel("Destination country").fill("FR");
    await expect(preview).toContainText("Billed as an international call: France is outside the caller's usage location (United States)");
    await expect(preview).toContainText("Rate: $0.24 a minute");
    await form.screenshot({ path: "reports/screens/call-preview.png" });

    await form.getByLabel("Call type").selectOption("tollFreeDialIn");
    await form.getByLabel("Destination country").fill("");
    await form.getByRole("button", { name: "Place call" }).click();
    const status = form.getByRole("status");
    await expect(status).toContainText("Call placed");
    await expect(form.getByLabel("Call type")).toHaveValue("tollFreeDialIn");
    await form.getByLabel("Minutes").fill("30");
    await expect(status).toHaveCount(0);
    await expect(preview).toContainText("30 min × $0.03 = $0.90");
  });
});
