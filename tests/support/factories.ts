import { randomUUID } from "node:crypto";
import { createAccount } from "@/lib/services/accounts";
import type { Actor } from "@/lib/services/actor";
import { createTenant, type CreateTenantOptions } from "@/lib/services/tenants";
import { createTenantInput, type CreateTenantInput } from "@/lib/validation/tenants";

export async function makeActor(name = "Test Admin"): Promise<Actor> {
  const email = `${randomUUID()}@example.test`;
  const row = await createAccount(email, name, "correct horse battery");
  return { accountId: row.id, email: row.email, name: row.name, via: "session" };
}

export async function makeTenant(actor: Actor, input: Partial<CreateTenantInput> = {}, options: CreateTenantOptions = {}) {
  const parsed = createTenantInput.parse({ name: "Test tenant", country: "US", plan: "ENTERPRISEPACK", seats: 10, ...input });
  return createTenant(actor, parsed, options);
}
