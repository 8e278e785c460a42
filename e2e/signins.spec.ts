/** Sign-ins page journey (issue 11): the owner pastes a class list, fixes a bad row, hands out the CSV, disables one. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

test("the owner creates trainees from a pasted list, all or nothing, and downloads their passwords", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const a = `ana.${tag}@school.test`;
  const b = `ben.${tag}@school.test`;
  await signIn(page, ACCOUNTS.globalAdmin);
  await page.locator("summary[aria-label^='Account']").click();
  await page.getByRole("link", { name: "Sign-ins" }).click();
  await expect(page.getByRole("heading", { name: "Sign-ins", level: 1 })).toBeVisible();

  const list = page.getByLabel(/Paste one sign-in per line/);
  await list.fill(`${a}, Ana Lima\nnot-an-email, Broken\n${a.toUpperCase()}, Ana Again`);
  await page.getByRole("button", { name: "Create all" }).click();
  const rows = page.getByRole("list", { name: "Rows to fix" });
  await expect(rows).toContainText("Row 2");
  await expect(page.getByText("Nothing was created")).toBeVisible();

  await list.fill(`${a}, Ana Lima\n${b}, Ben Okafor`);
  await page.getByRole("button", { name: "Create all" }).click();
  const created = page.getByTestId("created-passwords");
  await expect(created).toContainText(a);
  await expect(created).toContainText(b);
  await page.screenshot({ path: `test-results/signins-created.png`, fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), created.getByRole("button", { name: "Download CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toBe("email,name,password");
  const anaPassword = csv
    .split("\n")
    .find((l) => l.startsWith(a))!
    .split(",")[2];

  // The trainee signs in with the handed-out password.
  const trainee = await browser.newPage();
  await signIn(trainee, a, anaPassword);

  // Disabling ends the trainee's open console session at once.
  await page.reload();
  await page.getByRole("button", { name: `Disable ${a}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(a.replace(/\./g, "\\.")) })).toContainText("Disabled");
  await trainee.goto("/account");
  await expect(trainee).toHaveURL(/\/login/);
  await trainee.close();
});

test("My account: a wrong current password is refused; the menu links there", async ({ page }) => {
  await signIn(page, ACCOUNTS.globalReader);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a-new-password-1");
  await page.getByLabel("New password again").fill("a-new-password-1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.goto("/account/sign-ins");
  await expect(page.getByText("Only owners and trainers manage sign-ins")).toBeVisible();
});
