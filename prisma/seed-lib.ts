import { getDb } from "@/lib/data/db";
import { upsertMembership } from "@/lib/data/tenants";
import { createAccount } from "@/lib/services/accounts";
import { createTenant } from "@/lib/services/tenants";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS, demoTenantUsers } from "./seed-data";

/**
 * Fills an EMPTY database with the demo sign-ins and tenants; does nothing when any sign-in exists,
 * so running the sandbox again keeps its data.
 */
export async function seedIfEmpty(): Promise<"seeded" | "kept"> {
  const db = getDb();
  if ((await db.account.count()) > 0) return "kept";
  const accounts = [];
  for (const a of DEMO_ACCOUNTS)
    accounts.push({
      ...a,
      row: await createAccount(a.email, a.name, DEMO_PASSWORD, { instanceRole: a.role === "GLOBAL_ADMIN" ? "owner" : "member" }),
    });
  const owner = accounts.find((a) => a.role === "GLOBAL_ADMIN")!;
  const actor = { accountId: owner.row.id, email: owner.row.email, name: owner.row.name, via: "session" as const };
  for (const t of DEMO_TENANTS) {
    const tenant = await createTenant(actor, { ...t.input, policy: t.input.policy }, { users: demoTenantUsers(t) });
    for (const a of accounts) if (a !== owner) await upsertMembership(db, tenant.id, a.row.id, a.role);
  }
  return "seeded";
}
