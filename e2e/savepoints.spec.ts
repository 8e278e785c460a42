import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, creditsTenant, signIn } from "./helpers";

mkdirSync("reports/screens", { recursive: true });
const noTime = (d: { exportedAt: string }) => ({ ...d, exportedAt: "" });

test.describe("Save points in the console", () => {
  test("build, save, buy + assign + drain credits + advance a year, restore: the console shows the state of before", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const { tenant, admin, organizerId } = await creditsTenant(request, {
      organizer: true,
      addOns: [
        { sku: "MCOMEETADV", quantity: 5 },
        { sku: "MCOEV", quantity: 2 },
      ],
    });
    const base = `/tenants/${tenant.id}`;
    expect((await admin.post(`${base}/purchases`, { sku: "MCOPSTNC", amount: "60.00" })).status()).toBe(201);

    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`${base}/billing/credits`);
    const nowBefore = await page.getByTestId("sandbox-now").textContent();
    await expect(page.getByTestId("credits-balance")).toHaveText("$60.00");

    // The header's Save point control.
    await page.getByRole("button", { name: "Save point" }).click();
    const dialog = page.getByRole("dialog", { name: "Save this moment" });
    await dialog.getByLabel("Save point name").fill("Before the demo");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("status")).toContainText('Saved "Before the demo"');
    await dialog.getByRole("button", { name: "Close" }).click();
    const atSave = await (await admin.get(`${base}/export`)).json();

    // The demo: buy, assign, drain credits, and a year passes ("save before advancing" keeps another save point).
    expect((await admin.post(`${base}/purchases`, { sku: "MCOEV", quantity: 3 })).status()).toBe(201);
    expect(
      (await admin.post(`${base}/users/${organizerId}/assignLicense`, { addLicenses: [{ sku: "MCOEV" }], removeLicenses: [] })).status(),
    ).toBe(200);
    expect((await admin.post(`${base}/credits/usage`, { userId: organizerId, type: "tollFreeDialIn", minutes: 1500 })).status()).toBe(201);
    await page.goto(`${base}/billing/credits`);
    const clock = page.getByRole("form", { name: "Sandbox clock" });
    await clock.getByLabel("Advance by (days)").fill("365");
    await clock.getByLabel("Save a save point before advancing").check();
    await clock.getByRole("button", { name: "Advance clock" }).click();
    await expect(clock.getByRole("status")).toContainText("The sandbox clock now shows");
    await expect(page.getByTestId("sandbox-now")).not.toHaveText(nowBefore ?? "");
    await expect(page.getByTestId("credits-balance")).not.toHaveText("$60.00");

    // The timeline: newest first, restore after a confirmation.
    await page.getByRole("link", { name: "Timeline" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
    const entries = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText("Before advancing 365 days");
    await page.screenshot({ path: "reports/screens/savepoints-timeline.png", fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    const demo = page.getByRole("listitem", { name: "Save point Before the demo" });
    await demo.getByRole("button", { name: "Restore" }).click();
    const confirm = page.getByRole("dialog", { name: 'Restore "Before the demo"?' });
    await expect(confirm).toBeVisible();
    await page.screenshot({ path: "reports/screens/savepoints-restore-confirm.png" });
    await confirm.getByRole("button", { name: "Restore" }).click();
    await expect(demo.getByRole("status")).toContainText("back exactly as it was");

    expect(noTime(await (await admin.get(`${base}/export`)).json())).toEqual(noTime(atSave));
    await page.goto(`${base}/billing/credits`);
    await expect(page.getByTestId("sandbox-now")).toHaveText(nowBefore ?? "");
    await expect(page.getByTestId("credits-balance")).toHaveText("$60.00");
  });

  test("import from a file: a refused document lists its problems against their JSON paths; a good one opens the new tenant", async ({
    page,
    request,
  }) => {
    const { tenant, admin } = await creditsTenant(request, { organizer: true });
    const doc = await (await admin.get(`/tenants/${tenant.id}/export`)).json();
    const bad = structuredClone(doc);
    bad.tenant.subscriptions[1].quantity = 0;
    bad.tenant.users[0].usageLocation = null;

    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto("/tenants");
    const form = page.getByRole("form", { name: "Import a tenant" });
    await form
      .getByLabel("Tenant document (.json)")
      .setInputFiles({ name: "bad.tenant.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    await form.getByRole("button", { name: "Import tenant" }).click();
    const problems = form.getByRole("list", { name: "Problems in the document" });
    await expect(problems).toContainText("tenant.users");
    await expect(problems).toContainText("tenant.users.0.licenses.0.sku");
    await expect(problems).toContainText("R-ASG-LOC");
    await page.screenshot({ path: "reports/screens/savepoints-import-problems.png", fullPage: true });

    await form
      .getByLabel("Tenant document (.json)")
      .setInputFiles({ name: "good.tenant.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
    await form.getByLabel("Name (optional)").fill("Imported in the console");
    await form.getByRole("button", { name: "Import tenant" }).click();
    await expect(page).toHaveURL(/\/tenants\/(?!$)[^/]+$/);
    await expect(page.getByRole("main")).toContainText("Imported in the console");
  });
});
