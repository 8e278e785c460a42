import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const PASSWORD = "Sandbox-2018!";
export const ACCOUNTS = {
  globalAdmin: "global.admin@sandbox.test",
  billingAdmin: "billing.admin@sandbox.test",
  licenseAdmin: "license.admin@sandbox.test",
  globalReader: "global.reader@sandbox.test",
} as const;
export type AccountKey = keyof typeof ACCOUNTS;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/tenants/);
}

export async function tokenFor(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post("/api/v1/tokens", { data: { email, password: PASSWORD } });
  expect(res.status()).toBe(201);
  return (await res.json()).token as string;
}

export function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

/** An API client bound to one sign-in's token. */
export async function apiAs(request: APIRequestContext, email: string) {
  const headers = bearer(await tokenFor(request, email));
  return {
    get: (url: string) => request.get(`/api/v1${url}`, { headers }),
    post: (url: string, data?: unknown, extra: Record<string, string> = {}) =>
      request.post(`/api/v1${url}`, { headers: { ...headers, ...extra }, data }),
    patch: (url: string, data: unknown) => request.patch(`/api/v1${url}`, { headers, data }),
    put: (url: string, data: unknown) => request.put(`/api/v1${url}`, { headers, data }),
    delete: (url: string) => request.delete(`/api/v1${url}`, { headers }),
  };
}
export type Api = Awaited<ReturnType<typeof apiAs>>;

export function uniqueName(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** A fresh tenant owned by the Global admin, with the other three demo sign-ins as members. */
export async function tenantWithAllRoles(request: APIRequestContext, body: Record<string, unknown> = {}) {
  const admin = await apiAs(request, ACCOUNTS.globalAdmin);
  const res = await admin.post("/tenants", { name: uniqueName("API"), country: "US", plan: "ENTERPRISEPACK", seats: 10, ...body });
  expect(res.status()).toBe(201);
  const tenant = await res.json();
  for (const [email, role] of [
    [ACCOUNTS.billingAdmin, "BILLING_ADMIN"],
    [ACCOUNTS.licenseAdmin, "LICENSE_ADMIN"],
    [ACCOUNTS.globalReader, "GLOBAL_READER"],
  ] as const) {
    expect((await admin.post(`/tenants/${tenant.id}/members`, { email, role })).status()).toBe(201);
  }
  return { tenant, admin };
}

// ---------------------------------------------------------------- Communications Credits (issue 6)

/**
 * An Enterprise E3 tenant (created over the API by the Global admin) with `addOns` bought and, when
 * `organizer` is set, one US user holding E3 and Audio Conferencing (a meeting organizer for toll-free calls).
 */
export async function creditsTenant(
  request: APIRequestContext,
  opts: { addOns?: { sku: string; quantity: number }[]; organizer?: boolean; name?: string } = {},
) {
  const admin = await apiAs(request, ACCOUNTS.globalAdmin);
  const res = await admin.post("/tenants", { name: opts.name ?? uniqueName("Credits"), country: "US", plan: "ENTERPRISEPACK", seats: 10 });
  expect(res.status()).toBe(201);
  const tenant = await res.json();
  for (const a of opts.addOns ?? [{ sku: "MCOMEETADV", quantity: 5 }]) {
    const bought = await admin.post(`/tenants/${tenant.id}/purchases`, a);
    expect(bought.status(), `buy ${a.sku}`).toBe(201);
  }
  let organizerId: string | null = null;
  if (opts.organizer) {
    const suffix = Math.random().toString(36).slice(2, 8);
    const user = await admin.post(`/tenants/${tenant.id}/users`, {
      displayName: "Olivia Organizer",
      userPrincipalName: `olivia.${suffix}@credits.test`,
      usageLocation: "US",
    });
    expect(user.status()).toBe(201);
    organizerId = (await user.json()).id as string;
    const assigned = await admin.post(`/tenants/${tenant.id}/users/${organizerId}/assignLicense`, {
      addLicenses: [{ sku: "ENTERPRISEPACK" }, { sku: "MCOMEETADV" }],
      removeLicenses: [],
    });
    expect(assigned.status(), "assign E3 + Audio Conferencing").toBe(200);
  }
  return { tenant, admin, organizerId };
}
