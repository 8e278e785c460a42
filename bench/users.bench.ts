/**
 * Users and license assignment at scale: a tenant with 10,000 users, one bulk assignment of a sku to all
 * of them, and the Active users page query (search, sort, page) timed at the server.
 * Targets: bulk 10,000 < 2 s; a page of users < 200 ms. Run with `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import { getDb } from "@/lib/data/db";
import { createAccount } from "@/lib/services/accounts";
import { bulkChangeLicenses } from "@/lib/services/licenses";
import { createTenant, getTenantAccess } from "@/lib/services/tenants";
import { importUsers, listUsers } from "@/lib/services/users";
import { bulkLicenseInput, importUsersInput } from "@/lib/validation/users";
import { createTenantInput } from "@/lib/validation/tenants";

const USERS = 10_000;

async function time<T>(label: string, fn: () => Promise<T>, target?: number): Promise<T> {
  const start = performance.now();
  const out = await fn();
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms${target ? `  (target < ${target} ms${ms < target ? ", ok" : ", OVER"})` : ""}`,
  );
  return out;
}

async function main() {
  const account = await createAccount(`bench-${Date.now()}@example.test`, "Bench", "correct horse battery");
  const actor = { accountId: account.id, email: account.email, name: account.name, via: "session" as const };
  const tenant = await createTenant(
    actor,
    createTenantInput.parse({ name: "Bench 10k", country: "US", plan: "ENTERPRISEPACK", seats: USERS }),
  );
  const access = await getTenantAccess(actor, tenant.id);

  const rows = Array.from({ length: USERS }, (_, i) => ({
    displayName: `User ${String(i).padStart(5, "0")} ${["Adams", "Baker", "Clark", "Davis", "Evans"][i % 5]}`,
    userPrincipalName: `user${i}@bench.test`,
    usageLocation: "US",
  }));
  const imported = await time(`import ${USERS} users (JSON rows, createMany)`, () => importUsers(access, importUsersInput.parse({ rows })));
  if (imported.imported !== USERS) throw new Error(`imported ${imported.imported}`);

  const ids = (await getDb().directoryUser.findMany({ where: { tenantId: tenant.id }, select: { id: true } })).map((u) => u.id);
  const report = await time(
    `bulk-assign ENTERPRISEPACK to ${ids.length} users (one change)`,
    () => bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: ids, addLicenses: [{ sku: "ENTERPRISEPACK" }] })),
    2000,
  );
  if (!report.applied) throw new Error("bulk refused");
  await time(
    `bulk-remove ENTERPRISEPACK from ${ids.length} users`,
    () => bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: ids, removeLicenses: ["ENTERPRISEPACK"] })),
    2000,
  );
  await bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: ids, addLicenses: [{ sku: "ENTERPRISEPACK" }] }));

  // Warm the client once, then time each query shape the page issues.
  await listUsers(access, { page: 1, pageSize: 50 });
  const cases: [string, Parameters<typeof listUsers>[1]][] = [
    ["page 1, sorted by display name", { page: 1, pageSize: 50, sort: "displayName" }],
    ["page 100, sorted by display name", { page: 100, pageSize: 50, sort: "displayName" }],
    ["page 200 (last), sorted by username descending", { page: 200, pageSize: 50, sort: "-userPrincipalName" }],
    ["page 1, sorted by usage location", { page: 1, pageSize: 50, sort: "usageLocation" }],
    ["search 'Davis', page 1", { page: 1, pageSize: 50, search: "Davis" }],
    ["search 'user9999', page 1", { page: 1, pageSize: 50, search: "user9999" }],
    ["holders of ENTERPRISEPACK, page 3", { page: 3, pageSize: 50, license: "ENTERPRISEPACK" }],
  ];
  for (const [label, q] of cases) {
    const page = await time(`Active users: ${label}`, () => listUsers(access, q), 200);
    if (page.users.length === 0) throw new Error(`${label}: empty page`);
  }
  await getDb().$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
