/**
 * Classes journey (issue 11, "Done means"): a trainer creates a class of three from the GoDaddy scenario, downloads
 * the sign-ins CSV, a trainee signs in and meets a goal, and the trainer's board turns green without a reload.
 * Screenshots of the library, the compose form and the board go to test-results/.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, signIn } from "./helpers";

const PW = "trainer-password-1";

test("a trainer runs a class of three; the board updates as a trainee meets a goal", async ({ page, browser, request }) => {
  test.setTimeout(150_000);
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const trainerEmail = `tess.${tag}@school.test`;
  const owner = await apiAs(request, ACCOUNTS.globalAdmin);
  expect(
    (await owner.post("/accounts", { email: trainerEmail, name: "Tess Trainer", password: PW, instanceRole: "trainer" })).status(),
  ).toBe(201);
  const trainees = ["ana", "ben", "cy"].map((n) => `${n}.${tag}@school.test`);

  await signIn(page, trainerEmail, PW);
  await page.getByRole("navigation", { name: "Admin center" }).getByRole("link", { name: "Scenario library" }).click();
  await expect(page.getByRole("heading", { name: "Scenario library", level: 1 })).toBeVisible();
  await expect(page.getByTestId("scenario-builtin-bp-godaddy")).toContainText("Move the tenant to Enterprise E3");
  await page.screenshot({ path: "test-results/classes-library.png", fullPage: true });

  await page.getByTestId("scenario-builtin-bp-godaddy").getByRole("link", { name: "Run as a class" }).click();
  await expect(page.getByRole("heading", { name: "Classes", level: 1 })).toBeVisible();
  await page.getByLabel("Class name").fill(`Monday ${tag}`);
  await expect(page.getByLabel("Scenario")).toHaveValue("builtin-bp-godaddy");
  await page.getByLabel("Trainees", { exact: true }).fill(`${trainees[0]}\nnot-an-email\n${trainees[2]}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Nothing was created")).toBeVisible();
  await expect(page.locator("#trainees-error")).toContainText("Row 2 (not-an-email)");

  await page.getByLabel("Trainees", { exact: true }).fill(trainees.join("\n"));
  await page.getByRole("button", { name: "Create class" }).click();
  const created = page.getByTestId("created-passwords");
  await expect(created).toContainText(trainees[0], { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), created.getByRole("button", { name: "Download CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8")
    .trim()
    .split("\n");
  expect(csv).toHaveLength(4);
  const anaPassword = csv.find((l) => l.startsWith(trainees[0]))!.split(",")[2];

  await page.getByRole("link", { name: "Open the progress board" }).click();
  const board = page.getByTestId("progress-board");
  await expect(board).toBeVisible();
  const cell = page.getByTestId(`cell-${trainees[0]}-plan-e3`);
  await expect(cell).toHaveAttribute("data-met", "false");
  const boardUrl = page.url();

  // The trainee signs in with the handed-out password and sees only their own copy.
  const trainee = await browser.newPage();
  await signIn(trainee, trainees[0], anaPassword);
  const groups = trainee.locator("[data-testid^='tenant-group-']");
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText(`Class: Monday ${tag}`);
  await expect(groups.first().getByRole("link")).toHaveCount(2); // the tenant's name and its Export link
  await groups.first().getByRole("link").first().click();
  await expect(trainee.getByRole("heading", { name: /Scenario goals/ }).first()).toBeVisible();
  const copyUrl = trainee.url();
  await trainee.goto(copyUrl.replace(/\/tenants\/([^/]+).*/, "/tenants/$1/billing/switch-plan"));
  const e3 = trainee.getByRole("listitem", { name: "Office 365 Enterprise E3" });
  await e3.getByRole("button", { name: "Switch to Office 365 Enterprise E3" }).click();
  await trainee.getByRole("dialog").getByRole("button", { name: "Switch plan" }).click();
  await expect(trainee.getByRole("status").first()).toContainText("Plan switched to Office 365 Enterprise E3");

  // The trainer's board turns green without a reload.
  await expect(cell).toHaveAttribute("data-met", "true", { timeout: 10_000 });
  await expect(cell).toContainText("Met");
  expect(page.url()).toBe(boardUrl);
  await expect(page.getByTestId(`seat-${trainees[1]}`)).toContainText("Not yet");
  await page.screenshot({ path: "test-results/classes-board.png", fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Another trainee can't reach Ana's copy.
  const benPassword = csv.find((l) => l.startsWith(trainees[1]))!.split(",")[2];
  const ben = await browser.newPage();
  await signIn(ben, trainees[1], benPassword);
  const res = await ben.goto(copyUrl);
  expect(res?.status()).toBe(404);
  await ben.close();
  await trainee.close();

  // The compose form: goals from the vocabulary in rows, an unknown user refused on save at its goal row.
  // One click starts a scenario as a tenant of the trainer's own, which the compose form can publish from.
  await page.goto("/scenarios");
  await page
    .getByTestId("scenario-builtin-bp-godaddy")
    .getByRole("button", { name: /^Start/ })
    .click();
  await expect(page).toHaveURL(/\/tenants\/[^/]+$/);
  await page.goto("/scenarios");
  const form = page.getByTestId("compose-scenario");
  await form.getByLabel("Title").fill(`Ours ${tag}`);
  await form.getByLabel("Goal 1: check").selectOption("userCanCall");
  await form.getByLabel("User (sign-in name)").fill("ghost@contoso.test");
  await expect(form.getByLabel("Starting point")).toHaveValue(/^tenant:/);
  await page.screenshot({ path: "test-results/classes-compose.png", fullPage: true });
  await form.getByRole("button", { name: "Publish scenario" }).click();
  await expect(page.getByTestId("goal-row-0-errors")).toContainText("ghost@contoso.test");
  await form.getByLabel("User (sign-in name)").fill("pat@contoso.test");
  await form.getByRole("button", { name: "Publish scenario" }).click();
  await expect(form.getByRole("status")).toContainText(`Published "Ours ${tag}"`);
  await page.reload();
  await expect(page.getByText(`Ours ${tag}`).first()).toBeVisible();

  // Back on the board: reset Ana's copy (after confirming), then end the class keeping the copies read-only.
  await page.goto(boardUrl);
  await page.getByTestId(`seat-${trainees[0]}`).getByRole("button", { name: "Reset" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset copy" }).click();
  await expect(page.getByTestId(`seat-${trainees[0]}`)).toContainText("back at the scenario's start");
  await expect(cell).toHaveAttribute("data-met", "false", { timeout: 10_000 });
  await page.getByTestId("end-class").getByRole("button", { name: "End class" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End class" }).click();
  await expect(page.getByText("The class has ended; the copies are read-only.")).toBeVisible();
  await expect(page.getByTestId(`seat-${trainees[0]}`).getByRole("button", { name: "Reset" })).toHaveCount(0);
  // The copies are other people's leftovers now: hidden from the trainer's tenant list until asked for.
  await page.goto("/tenants");
  await expect(page.getByRole("link", { name: "Show 3 copies of ended classes" })).toBeVisible();
  await expect(page.locator("[data-testid^='tenant-group-class']")).toHaveCount(0);
});
