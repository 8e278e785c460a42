import { expect, test } from "@playwright/test";
import { ACCOUNTS, creditsTenant, signIn } from "./helpers";

test.describe("Phone numbers in the console", () => {
  test("R-CC-4 R-NUM-USER: capacity, a toll-free refusal with its remedy, getting user numbers, assigning one, releasing another", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const { tenant, admin } = await creditsTenant(request, {
      addOns: [
        { sku: "MCOEV", quantity: 2 },
        { sku: "MCOPSTN1", quantity: 2 },
      ],
    });
    const user = await admin.post(`/tenants/${tenant.id}/users`, {
      displayName: "Carla Caller",
      userPrincipalName: `carla.${Date.now()}@numbers.test`,
      usageLocation: "US",
    });
    const userId = (await user.json()).id as string;
    const licensed = await admin.post(`/tenants/${tenant.id}/users/${userId}/assignLicense`, {
      addLicenses: [{ sku: "ENTERPRISEPACK" }, { sku: "MCOEV" }, { sku: "MCOPSTN1" }],
      removeLicenses: [],
    });
    expect(licensed.status()).toBe(200);

    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/licenses`);
    await page.getByRole("link", { name: "Phone numbers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Phone numbers" })).toBeVisible();
    const capacity = page.getByLabel("Capacity");
    await expect(capacity).toContainText("User numbers0 of 12 used");
    await expect(capacity).toContainText("Service, toll-free numbers0 of 5 used");

    const form = page.getByRole("form", { name: "Get phone numbers" });
    await form.getByLabel("Kind").selectOption("serviceTollFree");
    await form.getByLabel("How many").fill("1");
    await form.getByRole("button", { name: "Get numbers" }).click();
    await page.getByRole("dialog", { name: "Get these phone numbers?" }).getByRole("button", { name: "Get numbers" }).click();
    const refusal = form.getByRole("alert");
    await expect(refusal).toContainText("Communications Credits", { timeout: 20_000 });
    await expect(refusal).toContainText("R-CC-4");
    await page.screenshot({ path: "reports/screens/phone-numbers-refused.png", fullPage: true });

    await form.getByLabel("Kind").selectOption("user");
    await form.getByLabel("How many").fill("2");
    await form.getByRole("button", { name: "Get numbers" }).click();
    await page.getByRole("dialog", { name: "Get these phone numbers?" }).getByRole("button", { name: "Get numbers" }).click();
    await expect(form.getByRole("status")).toContainText("Added 2 numbers", { timeout: 20_000 });
    const table = page.getByRole("table", { name: "Phone numbers" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(capacity).toContainText("User numbers2 of 12 used");

    const first = table.getByRole("row").nth(1);
    const number = (await first.locator("td").first().innerText()).trim();
    await first.getByLabel(`User for ${number}`).selectOption({ label: "Carla Caller (US)" });
    await first.getByRole("button", { name: "Save" }).click();
    await expect(first.getByRole("status")).toContainText("Number assigned.", { timeout: 20_000 });
    await expect(first.getByLabel(`User for ${number}`)).toHaveValue(userId);

    // The assigned number can't be released: the refusal says to unassign it first.
    await first.getByRole("button", { name: `Release ${number}` }).click();
    await page
      .getByRole("dialog", { name: `Release ${number}?` })
      .getByRole("button", { name: "Release number" })
      .click();
    await expect(first.getByRole("alert")).toContainText("Unassign it first", { timeout: 20_000 });

    const second = table.getByRole("row").nth(2);
    const other = (await second.locator("td").first().innerText()).trim();
    await second.getByRole("button", { name: `Release ${other}` }).click();
    await page
      .getByRole("dialog", { name: `Release ${other}?` })
      .getByRole("button", { name: "Release number" })
      .click();
    await expect(table.getByRole("row")).toHaveCount(2, { timeout: 20_000 });
    await expect(capacity).toContainText("User numbers1 of 12 used");
    await page.screenshot({ path: "reports/screens/phone-numbers.png", fullPage: true });
  });
});
