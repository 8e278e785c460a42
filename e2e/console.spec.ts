import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, uniqueName } from "./helpers";

test.describe("console foundation", () => {
  test("signed out, the console sends you to sign in; a wrong password is explained", async ({ page }) => {
    await page.goto("/tenants");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(ACCOUNTS.globalAdmin);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("don't match a sign-in")).toBeVisible();
  });

  test("sign in, create a tenant, find it in the switcher and on its Home page, sign out", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    await expect(page.getByRole("heading", { name: "Sandbox tenants" })).toBeVisible();
    await expect(page.getByTestId("signed-in-name")).toHaveText("Gloria Admin");
    const name = uniqueName("Playwright");
    await page.getByLabel("Tenant name").fill(name);
    await page.getByLabel("Country or region").selectOption("FR");
    await page.getByLabel("Base plan").selectOption("ENTERPRISEPREMIUM");
    await page.getByLabel("Seats").fill("40");
    await page.getByRole("button", { name: "Create tenant" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("current-role")).toHaveText("Global admin");
    await expect(page.getByText("Office 365 Enterprise E5", { exact: false }).first()).toBeVisible();
    await expect(page.getByText("France", { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Audit trail" })).toContainText("Created the tenant");
    const switcher = page.getByLabel("Tenant", { exact: true });
    await expect(switcher.locator("option", { hasText: name })).toHaveCount(1);
    await page.screenshot({ path: "reports/screens/tenant-home.png", fullPage: true });

    // Switch to another tenant with the switcher, then back through the list.
    await switcher.selectOption({ label: "Relecloud E5" });
    await expect(page.getByRole("heading", { level: 1, name: "Relecloud E5" })).toBeVisible();

    await page.getByLabel("Account: Gloria Admin").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/tenants");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a Global reader sees no rename or delete controls, and a direct delete is refused", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalReader);
    await page.getByRole("link", { name: "Woodgrove E3" }).click();
    await expect(page.getByTestId("current-role")).toHaveText("Global reader");
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expect(page.getByText("can view these settings but not change them")).toBeVisible();
    await expect(page.getByRole("button", { name: "Rename" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete tenant" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Reset tenant" })).toHaveCount(0);
    const tenantId = page.url().split("/tenants/")[1].split("/")[0];
    // The browser's own session, straight at the API: the server refuses it anyway.
    const res = await page.request.delete(`/api/v1/tenants/${tenantId}`);
    expect(res.status()).toBe(403);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expect(page.getByLabel("Tenant", { exact: true })).toHaveValue(tenantId);
  });

  test("a Global admin renames a tenant and deletes one after confirming", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalAdmin);
    const name = uniqueName("Doomed");
    await page.getByLabel("Tenant name").fill(name);
    await page.getByRole("button", { name: "Create tenant" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByRole("link", { name: "Settings" }).click();
    const renamed = `${name} renamed`;
    await page.getByLabel("Tenant name").fill(renamed);
    await page.getByRole("button", { name: "Rename" }).click();
    await expect(page.getByText("Tenant renamed.")).toBeVisible();
    await page.getByRole("button", { name: "Delete tenant" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${renamed}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Delete for good" }).click();
    await expect(page).toHaveURL(/\/tenants\?deleted=1/);
    await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);
  });
});

test.describe("API tokens in the account menu", () => {
  test("create a token (shown once), call the API with it, revoke it", async ({ page, request }) => {
    await signIn(page, ACCOUNTS.licenseAdmin);
    await page.getByLabel("Account: Lena Icense").click();
    await page.getByRole("link", { name: "API tokens" }).first().click();
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    const name = uniqueName("QA script");
    await page.getByLabel("Token name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const tokenBox = page.getByLabel("Your new token");
    await expect(tokenBox).toHaveValue(/^bst_/);
    const token = await tokenBox.inputValue();
    const ok = await request.get("/api/v1/tenants", { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status()).toBe(200);
    // Shown once: after a reload only its first characters remain.
    await page.reload();
    await expect(page.getByLabel("Your new token")).toHaveCount(0);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText(token.slice(0, 10));
    page.once("dialog", (d) => d.accept());
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.get("/api/v1/tenants", { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
  });
});

test.describe("Home: feature availability", () => {
  test("a 21Vianet tenant's Home shows which features its cloud can't have, with the tenant's column marked", async ({ page }) => {
    await signIn(page, ACCOUNTS.globalReader);
    await page.getByRole("link", { name: "Wingtip (operated by 21Vianet)" }).click();
    const table = page.getByRole("table", { name: "Feature availability by organization type" });
    await expect(table.getByRole("columnheader", { name: /this tenant/ })).toContainText("Commercial");
    await expect(table.getByRole("row", { name: /Audio Conferencing/ })).toContainText("No");
    await expect(table.getByRole("row", { name: /Phone System/ })).toContainText("Yes");
    await expect(page.getByText("Not offered by Office 365 operated by 21Vianet. (R-21V-1)")).toBeVisible();
  });
});
