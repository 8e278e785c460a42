import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD, apiAs, uniqueName } from "./helpers";

test.describe("keyboard only", () => {
  test("sign in, buy an add-on through the review step, and cancel a confirmation with Escape, without a mouse", async ({ page }) => {
    const admin = await apiAs(page.request, ACCOUNTS.globalAdmin);
    const t = await (
      await admin.post("/tenants", { name: uniqueName("Keyboard"), country: "US", plan: "ENTERPRISEPACK", seats: 5 })
    ).json();

    await page.goto("/login");
    await page.getByLabel("Email").focus();
    await page.keyboard.type(ACCOUNTS.globalAdmin);
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/tenants/);

    await page.goto(`/tenants/${t.id}/billing/buy`);
    await page.getByRole("link", { name: "Buy Audio Conferencing", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Buy Audio Conferencing" })).toBeVisible();
    await page.getByLabel("How many licenses?").focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("3");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Review order" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Place order" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("You bought 3 Audio Conferencing licenses");

    // A confirmation dialog opens from the keyboard, traps focus, and Escape closes it without acting.
    await page.goto(`/tenants/${t.id}/settings`);
    await page.getByRole("button", { name: "Delete tenant" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect((await admin.get(`/tenants/${t.id}`)).status()).toBe(200);
  });
});
