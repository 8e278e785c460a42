import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, tenantWithAllRoles } from "./helpers";

/** Issue 13: Settings > Sandbox faults and the banner on every page of the tenant. */
test.describe("Sandbox faults in the console", () => {
  test("a Global admin sets faults, every page shows the banner, a reader sees them but can't change them", async ({ page, request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/settings`);
    await expect(page.getByText("Sandbox faults are on")).toHaveCount(0);

    const section = page.locator("section", { has: page.getByRole("heading", { name: "Sandbox faults" }) });
    // Bad input: nothing saved, the field says why.
    await section.getByLabel("Fail the next requests").fill("1e3");
    await section.getByRole("button", { name: "Save faults" }).click();
    await expect(section.getByRole("alert")).toContainText("Some fields need attention");
    expect((await (await admin.get(`/tenants/${tenant.id}/faults`)).json()).active).toBe(false);

    await section.getByLabel("Fail the next requests").fill("2");
    await section.getByLabel("Failing with").selectOption("500");
    await section.getByLabel("Throttle every Nth Graph request").fill("3");
    await section.getByRole("button", { name: "Save faults" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Faults saved" })).toBeVisible();
    expect(await (await admin.get(`/tenants/${tenant.id}/faults`)).json()).toMatchObject({
      failNextRequests: { count: 2, status: 500 },
      graphThrottle: { everyNth: 3, retryAfterSeconds: 1 },
    });

    await page.goto(`/tenants/${tenant.id}/users`);
    const banner = page.getByRole("status").filter({ hasText: "Sandbox faults are on" });
    await expect(banner).toContainText("the next 2 API or Graph requests fail with 500");
    await expect(banner).toContainText("every 3rd Graph request is throttled");
    await page.screenshot({ path: `test-results/faults-banner.png`, fullPage: false });

    // A Global reader sees the faults, without the form.
    await page.context().clearCookies();
    await signIn(page, ACCOUNTS.globalReader);
    await page.goto(`/tenants/${tenant.id}/settings`);
    await expect(page.getByRole("status").filter({ hasText: "Sandbox faults are on" })).toBeVisible();
    const readerSection = page.locator("section", { has: page.getByRole("heading", { name: "Sandbox faults" }) });
    await expect(readerSection.getByText("Only a Global admin can change them.")).toBeVisible();
    await expect(readerSection.getByRole("button", { name: "Save faults" })).toHaveCount(0);

    // Cleared over the API: the banner goes.
    expect((await admin.delete(`/tenants/${tenant.id}/faults`)).status()).toBe(204);
    await page.reload();
    await expect(page.getByText("Sandbox faults are on")).toHaveCount(0);
  });
});
