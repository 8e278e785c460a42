/**
 * Sign-ins over real HTTP (issue 11, shared/api.md "Sign-ins"): the instance-role matrix, bulk all or nothing,
 * revocation (disable, password change, sign-out of a copied cookie) and throttling with Retry-After.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, apiAs, bearer, type Api } from "./helpers";

const unique = () => `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@trainees.test`;
const PW = "trainee-password-1";

async function tokenOf(request: APIRequestContext, email: string, password = PW) {
  const res = await request.post("/api/v1/tokens", { data: { email, password } });
  expect(res.status(), `token for ${email}`).toBe(201);
  return (await res.json()).token as string;
}

/** A trainer sign-in (created by the owner) and an API client for it. */
async function trainer(request: APIRequestContext, owner: Api) {
  const email = unique();
  expect((await owner.post("/accounts", { email, name: "Tess Trainer", password: PW, instanceRole: "trainer" })).status()).toBe(201);
  return { email, headers: bearer(await tokenOf(request, email)) };
}

test.describe("sign-ins: who manages whom", () => {
  test("owner, trainer and member see and create what their role allows", async ({ request }) => {
    const owner = await apiAs(request, ACCOUNTS.globalAdmin);
    const all = await owner.get("/accounts");
    expect(all.status()).toBe(200);
    expect((await all.json()).find((a: { email: string }) => a.email === ACCOUNTS.globalAdmin).instanceRole).toBe("owner");

    const t = await trainer(request, owner);
    const asTrainer = (path: string, data?: unknown) =>
      data ? request.post(`/api/v1${path}`, { headers: t.headers, data }) : request.get(`/api/v1${path}`, { headers: t.headers });
    expect((await asTrainer("/accounts", { email: unique(), name: "X", instanceRole: "trainer" })).status()).toBe(403);
    const trainee = await asTrainer("/accounts", { email: unique(), name: "Tina Trainee" });
    expect(trainee.status()).toBe(201);
    const made = await trainee.json();
    expect(made).toMatchObject({ instanceRole: "member" });
    expect(made.password.length).toBeGreaterThanOrEqual(10);
    const listed = await (await asTrainer("/accounts")).json();
    expect(listed.map((a: { id: string }) => a.id)).toEqual([made.id]);

    // A trainer can't touch a sign-in it didn't create: not found, as if it weren't there.
    const others = await owner.post("/accounts", { email: unique(), name: "Someone else" });
    const other = await others.json();
    expect((await request.patch(`/api/v1/accounts/${other.id}`, { headers: t.headers, data: { disabled: true } })).status()).toBe(404);

    const member = await apiAs(request, ACCOUNTS.globalReader);
    expect((await member.get("/accounts")).status()).toBe(403);
    expect((await member.post("/accounts", { email: unique(), name: "X" })).status()).toBe(403);
    expect((await member.post("/accounts/bulk", { accounts: [{ email: unique(), name: "X" }] })).status()).toBe(403);
    expect((await member.patch(`/accounts/${made.id}`, { disabled: true })).status()).toBe(403);
  });

  test("validation and conflicts: short password, bad email, email taken in another case", async ({ request }) => {
    const owner = await apiAs(request, ACCOUNTS.globalAdmin);
    const short = await owner.post("/accounts", { email: unique(), name: "X", password: "short" });
    expect(short.status()).toBe(400);
    expect((await short.json()).error.details).toHaveProperty("password");
    expect((await owner.post("/accounts", { email: "not an email", name: "X" })).status()).toBe(400);
    const email = unique();
    expect((await owner.post("/accounts", { email, name: "A" })).status()).toBe(201);
    const clash = await owner.post("/accounts", { email: email.toUpperCase(), name: "B" });
    expect(clash.status()).toBe(409);
    expect((await clash.json()).error.code).toBe("CONFLICT");
  });

  test("bulk: all or nothing, each bad row named; generated passwords work", async ({ request }) => {
    const owner = await apiAs(request, ACCOUNTS.globalAdmin);
    const a = unique();
    const refused = await owner.post("/accounts/bulk", {
      accounts: [
        { email: a, name: "A" },
        { email: "broken", name: "B" },
        { email: a.toUpperCase(), name: "C" },
        { email: ACCOUNTS.billingAdmin, name: "D" },
      ],
    });
    expect(refused.status()).toBe(400);
    expect(Object.keys((await refused.json()).error.details)).toEqual(expect.arrayContaining(["accounts.1.email"]));
    const dupes = await owner.post("/accounts/bulk", {
      accounts: [
        { email: a, name: "A" },
        { email: a.toUpperCase(), name: "C" },
        { email: ACCOUNTS.billingAdmin, name: "D" },
      ],
    });
    expect(dupes.status()).toBe(400);
    expect(Object.keys((await dupes.json()).error.details).sort()).toEqual(["accounts.1.email", "accounts.2.email"]);
    expect((await request.post("/api/v1/tokens", { data: { email: a, password: "anything-at-all" } })).status()).toBe(401);

    const emails = [unique(), unique(), unique()];
    const ok = await owner.post("/accounts/bulk", { accounts: emails.map((email, i) => ({ email, name: `Trainee ${i}` })) });
    expect(ok.status()).toBe(201);
    const { created } = await ok.json();
    expect(created.map((c: { email: string }) => c.email)).toEqual(emails);
    await tokenOf(request, created[0].email, created[0].password);
    expect(
      (await owner.post("/accounts/bulk", { accounts: Array.from({ length: 501 }, () => ({ email: unique(), name: "X" })) })).status(),
    ).toBe(400);
  });
});

test.describe("sign-ins: revocation", () => {
  test("disabling stops the sign-in's tokens at once and refuses new ones; enabling lets it sign in again", async ({ request }) => {
    const owner = await apiAs(request, ACCOUNTS.globalAdmin);
    const email = unique();
    const made = await (await owner.post("/accounts", { email, name: "Dee", password: PW })).json();
    const token = await tokenOf(request, email);
    expect((await request.get("/api/v1/tokens", { headers: bearer(token) })).status()).toBe(200);
    const off = await owner.patch(`/accounts/${made.id}`, { disabled: true });
    expect((await off.json()).disabled).toBe(true);
    expect((await request.get("/api/v1/tokens", { headers: bearer(token) })).status()).toBe(401);
    expect((await request.post("/api/v1/tokens", { data: { email, password: PW } })).status()).toBe(401);
    await owner.patch(`/accounts/${made.id}`, { disabled: false });
    await tokenOf(request, email);
  });

  test("changing your password keeps the token you used and ends every other", async ({ request }) => {
    const owner = await apiAs(request, ACCOUNTS.globalAdmin);
    const email = unique();
    await owner.post("/accounts", { email, name: "Pat", password: PW });
    const used = await tokenOf(request, email);
    const other = await tokenOf(request, email);
    const wrong = await request.post("/api/v1/account/password", {
      headers: bearer(used),
      data: { currentPassword: "not-the-one!", newPassword: "another-password-2" },
    });
    expect(wrong.status()).toBe(400);
    const res = await request.post("/api/v1/account/password", {
      headers: bearer(used),
      data: { currentPassword: PW, newPassword: "another-password-2" },
    });
    expect(res.status()).toBe(204);
    expect((await request.get("/api/v1/tokens", { headers: bearer(used) })).status()).toBe(200);
    expect((await request.get("/api/v1/tokens", { headers: bearer(other) })).status()).toBe(401);
    await tokenOf(request, email, "another-password-2");
  });

  test("a copied session cookie stops working after sign-out", async ({ baseURL }) => {
    const browser = await playwrightRequest.newContext({ baseURL });
    const csrf = (await (await browser.get("/api/auth/csrf")).json()).csrfToken as string;
    const signedIn = await browser.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf, email: ACCOUNTS.licenseAdmin, password: "Sandbox-2018!", json: "true" },
    });
    expect(signedIn.status()).toBeLessThan(400);
    const cookies = (await browser.storageState()).cookies;
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session, "a session cookie").toBeTruthy();
    const copy = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `${session!.name}=${session!.value}` } });
    expect((await copy.get("/api/v1/tokens")).status()).toBe(200);
    const csrf2 = (await (await browser.get("/api/auth/csrf")).json()).csrfToken as string;
    await browser.post("/api/auth/signout", { form: { csrfToken: csrf2, json: "true" } });
    expect((await copy.get("/api/v1/tokens")).status()).toBe(401);
    await browser.dispose();
    await copy.dispose();
  });
});

test("repeated wrong passwords are refused with 429 TOO_MANY_ATTEMPTS and Retry-After", async ({ request }) => {
  const owner = await apiAs(request, ACCOUNTS.globalAdmin);
  const email = unique();
  await owner.post("/accounts", { email, name: "Guessed", password: PW });
  let last = await request.post("/api/v1/tokens", { data: { email, password: "wrong-guess-0" } });
  for (let i = 1; i < 12 && last.status() !== 429; i++) {
    expect(last.status()).toBe(401);
    last = await request.post("/api/v1/tokens", { data: { email, password: `wrong-guess-${i}` } });
  }
  expect(last.status()).toBe(429);
  expect((await last.json()).error.code).toBe("TOO_MANY_ATTEMPTS");
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  // the right password from the same client waits too
  expect((await request.post("/api/v1/tokens", { data: { email, password: PW } })).status()).toBe(429);
});
