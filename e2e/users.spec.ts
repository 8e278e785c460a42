import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn, tenantWithAllRoles, type Api } from "./helpers";

async function buy(admin: Api, tenantId: string, seats: Record<string, number>) {
  for (const [sku, quantity] of Object.entries(seats)) {
    expect((await admin.post(`/tenants/${tenantId}/purchases`, { sku, quantity })).status(), `buy ${sku}`).toBe(201);
  }
}

async function addUserViaApi(admin: Api, tenantId: string, displayName: string, fields: Record<string, unknown> = {}) {
  const upn = `${displayName.toLowerCase().replace(/[^a-z]+/g, ".")}@contoso.test`;
  const res = await admin.post(`/tenants/${tenantId}/users`, { displayName, userPrincipalName: upn, usageLocation: "US", ...fields });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string };
}

async function openUser(page: Page, tenantId: string, name: string) {
  await page.goto(`/tenants/${tenantId}/users`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test.describe("users and licenses in the console", () => {
  test("add a user, then give them E3 + Phone System + a Domestic Calling Plan in one save", async ({ page, request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOEV: 3, MCOPSTN1: 3 });
    await addUserViaApi(admin, tenant.id, "Adele Vance");
    await addUserViaApi(admin, tenant.id, "Board Room", { kind: "room" });

    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/users`);
    await expect(page.getByRole("heading", { level: 1, name: "Active users" })).toBeVisible();
    await page.getByRole("link", { name: "Add a user" }).click();

    // The form explains what is wrong before anything is saved.
    await page.getByLabel("Username").fill("not a username");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByText("Enter a display name")).toBeVisible();
    await expect(page.getByText(/Enter a username like/)).toBeVisible();

    await page.getByLabel("Display name").fill("Megan Bowen");
    await page.getByLabel("Username").fill("megan@contoso.test");
    await page.getByLabel("Usage location").selectOption("US");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Megan Bowen" })).toBeVisible();
    await expect(page.getByText("User added.")).toBeVisible();

    await page.getByRole("checkbox", { name: /Office 365 Enterprise E3/ }).check();
    await page.getByRole("checkbox", { name: /^Phone System/ }).check();
    await page.getByRole("checkbox", { name: /^Domestic Calling Plan/ }).check();
    await page.getByRole("button", { name: "Save licenses" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Licenses saved for Megan Bowen: 3 added" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^Domestic Calling Plan/ })).toBeChecked();
    await expect(page.getByText("2 of 3 available").first()).toBeVisible();
    await page.screenshot({ path: "reports/screens/users-licenses-panel.png", fullPage: true });

    // Removing Phone System while the Calling Plan stays is refused, and the panel says why and what to do.
    await page.getByRole("checkbox", { name: /^Phone System/ }).uncheck();
    await page.getByRole("button", { name: "Save licenses" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "These licenses weren't saved" });
    await expect(alert).toContainText("DEPENDENCY_VIOLATION");
    await expect(alert).toContainText("R-ASG-CP-PS");
    await expect(alert).toContainText("Also assign Phone System");

    // The list shows the new user's licenses; sort and search happen through the URL.
    await page.getByRole("link", { name: "Back to Active users" }).click();
    const row = page.getByRole("row", { name: /Megan Bowen/ });
    await expect(row).toContainText("Office 365 Enterprise E3, Phone System, Domestic Calling Plan");
    await page.getByRole("link", { name: "Display name" }).click();
    await expect(page).toHaveURL(/sort=-displayName/);
    await expect(page.getByRole("row").nth(1)).toContainText("Megan Bowen");
    await page.getByLabel("Search users").fill("board");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("users-range")).toHaveText("1–1 of 1 users");
    await page.getByRole("link", { name: "Clear" }).click();
    await expect(page.getByTestId("users-range")).toHaveText("1–3 of 3 users");
    await page.screenshot({ path: "reports/screens/users-active.png", fullPage: true });

    // A meeting room shows the four Skype Room Systems v2 scenarios.
    await openUser(page, tenant.id, "Board Room");
    const scenarios = page.getByRole("list", { name: "Room scenarios" });
    await expect(scenarios.getByRole("listitem")).toHaveCount(4);
    await expect(scenarios.getByRole("listitem").filter({ hasText: "Have its own phone number" })).toContainText("Missing licenses");
  });

  test("a Calling Plan for a user on on-premises PSTN is refused with the rule and what to do instead", async ({ page, request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOEV: 2, MCOPSTN1: 2 });
    await addUserViaApi(admin, tenant.id, "Hybrid Harry", { pstnConnectivity: "onPremises" });
    await signIn(page, ACCOUNTS.licenseAdmin);
    await openUser(page, tenant.id, "Hybrid Harry");
    await page.getByRole("checkbox", { name: /Office 365 Enterprise E3/ }).check();
    await page.getByRole("checkbox", { name: /^Phone System/ }).check();
    await page.getByRole("checkbox", { name: /^Domestic Calling Plan/ }).check();
    await page.getByRole("button", { name: "Save licenses" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "These licenses weren't saved" });
    await expect(alert).toContainText("HYBRID_USER_CALLING_PLAN");
    await expect(alert).toContainText("R-ASG-HYB");
    await expect(alert).toContainText("Phone System only");
    // What was tried stays checked, and nothing was saved.
    await expect(page.getByRole("checkbox", { name: /^Domestic Calling Plan/ })).toBeChecked();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: /Office 365 Enterprise E3/ })).not.toBeChecked();

    // Without the Calling Plan it goes through.
    await page.getByRole("checkbox", { name: /Office 365 Enterprise E3/ }).check();
    await page.getByRole("checkbox", { name: /^Phone System/ }).check();
    await page.getByRole("button", { name: "Save licenses" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Licenses saved" })).toBeVisible();
  });

  test("bulk-assign Audio Conferencing until the seats run out: the report names who can't get one, nobody is changed", async ({
    page,
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOMEETADV: 2 });
    for (const name of ["Alex Wilber", "Bianca Pisani", "Cameron White"]) await addUserViaApi(admin, tenant.id, name);
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/licenses`);
    await expect(page.getByRole("heading", { level: 1, name: "Licenses" })).toBeVisible();
    const seats = page.getByRole("table", { name: "Licenses" });
    await expect(seats.getByRole("row", { name: /Audio Conferencing/ })).toContainText("2");

    await page.getByLabel("License to assign or remove").selectOption("MCOMEETADV");
    await page.getByRole("checkbox", { name: "Select all users on this page" }).check();
    await page.getByRole("button", { name: "Apply to 3 selected users" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Nobody's licenses were changed" });
    await expect(refusal).toContainText("INSUFFICIENT_LICENSES");
    await expect(refusal).toContainText("Buy more seats of Audio Conferencing");
    const report = page.getByRole("table", { name: "Report per user" });
    await expect(report.getByRole("row", { name: /cameron\.white/ })).toContainText("No: INSUFFICIENT_LICENSES");
    await expect(report.getByRole("row", { name: /alex\.wilber/ })).toContainText("Yes");
    await expect(
      seats
        .getByRole("row", { name: /Audio Conferencing/ })
        .getByRole("cell")
        .nth(1),
    ).toHaveText("0");

    await page.getByRole("checkbox", { name: "Select Cameron White" }).uncheck();
    await page.getByRole("button", { name: "Apply to 2 selected users" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Done: 2 of 2 selected users changed" })).toBeVisible();
    await expect(
      seats
        .getByRole("row", { name: /Audio Conferencing/ })
        .getByRole("cell")
        .nth(1),
    ).toHaveText("2");
    await expect(seats.getByRole("row", { name: /Audio Conferencing/ })).toContainText("Alex Wilber");
    await expect(page.getByText("Toll service numbers")).toBeVisible();
    await page.screenshot({ path: "reports/screens/billing-licenses.png", fullPage: true });

    // A Billing admin sees the seats but no way to assign.
    await page.getByLabel("Account: Gloria Admin").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    // Let the sign-out's own redirect finish before navigating again (else the next goto is aborted).
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, ACCOUNTS.billingAdmin);
    await page.goto(`/tenants/${tenant.id}/billing/licenses`);
    await expect(page.getByText("can see licenses but not assign them")).toBeVisible();
    await expect(page.getByRole("button", { name: /Apply to/ })).toHaveCount(0);
  });

  test("import a CSV with one bad line: nothing is imported and the line is named; then import the valid lines only", async ({
    page,
    request,
  }) => {
    const { tenant } = await tenantWithAllRoles(request);
    await signIn(page, ACCOUNTS.globalAdmin);
    await page.goto(`/tenants/${tenant.id}/users`);
    await page.getByRole("link", { name: "Import users" }).click();
    await expect(page.getByRole("link", { name: "Download the template" })).toHaveAttribute("download", "users-template.csv");
    const csv = [
      "displayName,userPrincipalName,usageLocation,pstnConnectivity,kind",
      "Diego Siciliani,diego@contoso.test,US,online,person",
      "Broken Row,not-an-email,US,online,person",
      "Lobby Room,lobby@contoso.test,France,online,room",
    ].join("\n");
    const file = { name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByRole("button", { name: "Import users" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "no user was imported" })).toContainText(
      "1 line has a problem, so no user was imported",
    );
    const problems = page.getByRole("table", { name: "Lines with problems" });
    await expect(problems.getByRole("row", { name: /^3 / })).toContainText("userPrincipalName");

    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByLabel("If some lines have problems, import the valid lines anyway").check();
    await page.getByRole("button", { name: "Import users" }).click();
    await expect(page.getByRole("status")).toContainText("Imported 2 users. 1 line was skipped");
    await page.getByRole("link", { name: "Back to Active users" }).click();
    await expect(page.getByTestId("users-range")).toHaveText("1–2 of 2 users");
    await expect(page.getByRole("row", { name: /Lobby Room/ })).toContainText("France");
    await expect(page.getByRole("row", { name: /Lobby Room/ })).toContainText("Meeting room");
  });

  test("delete a user after confirming: their seats are free again", async ({ page, request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const u = await addUserViaApi(admin, tenant.id, "Grady Archie");
    expect(
      (await admin.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, { addLicenses: [{ sku: "ENTERPRISEPACK" }] })).status(),
    ).toBe(200);
    await signIn(page, ACCOUNTS.globalAdmin);
    await openUser(page, tenant.id, "Grady Archie");
    await page.getByRole("button", { name: "Delete user" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete Grady Archie?" });
    await expect(dialog).toContainText("1 license");
    await dialog.getByRole("button", { name: "Delete user" }).click();
    await expect(page.getByText("The user was deleted and their licenses are free again.")).toBeVisible();
    const state = await (await admin.get(`/tenants/${tenant.id}`)).json();
    expect(state.subscriptions[0]).toMatchObject({ sku: "ENTERPRISEPACK", assigned: 0, available: 10 });
  });
});
