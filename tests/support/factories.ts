import { randomUUID } from "node:crypto";
import { createAccount } from "@/lib/services/accounts";
import type { Actor } from "@/lib/auth/actor";
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

/** A tenant with the given add-on seats next to its plan, and the admin's access to it (users and licenses tests). */
export async function makeTenantWithSeats(
  extra: Record<string, number>,
  input: Partial<CreateTenantInput> = {},
  options: CreateTenantOptions = {},
) {
  const { getTenantAccess } = await import("@/lib/services/tenants");
  const actor = await makeActor();
  const tenant = await makeTenant(actor, input, {
    ...options,
    extraSubscriptions: Object.entries(extra).map(([sku, quantity]) => ({ sku, quantity, commercial: true })),
  });
  return { actor, tenant, access: await getTenantAccess(actor, tenant.id) };
}

// ---------------------------------------------------------------- Communications Credits (issue 6)

/**
 * An E3 tenant with Audio Conferencing and Phone System + Domestic Calling Plan seats, three users (a meeting
 * organizer with Audio Conferencing, a US caller with a Calling Plan and the credits license, a caller
 * without it) and, unless `signUp` is false, Communications Credits bought with `amount` and auto-recharge.
 */
export async function makeCreditsTenant(
  actor: Actor,
  opts: {
    amount?: string;
    autoRecharge?: { enabled: boolean; threshold: string; amount: string };
    paymentMethod?: "succeed" | "decline" | "expired";
    signUp?: boolean;
    now?: Date;
    minimumFundingUsd?: string;
  } = {},
) {
  const { getTenantAccess } = await import("@/lib/services/tenants");
  const { purchase } = await import("@/lib/services/purchases");
  const tenant = await makeTenant(
    actor,
    { name: "Credits tenant", ...(opts.minimumFundingUsd ? { policy: { minimumFundingUsd: opts.minimumFundingUsd } } : {}) },
    {
      now: opts.now ?? new Date("2018-03-07T10:00:00.000Z"),
      extraSubscriptions: [
        { sku: "MCOMEETADV", quantity: 5, commercial: true },
        { sku: "MCOEV", quantity: 5, commercial: true },
        { sku: "MCOPSTN1", quantity: 5, commercial: true },
      ],
      users: [
        {
          userPrincipalName: "olivia.organizer@credits.test",
          displayName: "Olivia Organizer",
          usageLocation: "US",
          licenses: ["ENTERPRISEPACK", "MCOMEETADV"],
        },
        {
          userPrincipalName: "carl.caller@credits.test",
          displayName: "Carl Caller",
          usageLocation: "US",
          licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1", "MCOPSTNC"],
        },
        {
          userPrincipalName: "nina.nocredits@credits.test",
          displayName: "Nina Nocredits",
          usageLocation: "US",
          licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"],
        },
      ],
    },
  );
  const access = await getTenantAccess(actor, tenant.id);
  if (opts.signUp !== false) {
    await purchase(access, {
      sku: "MCOPSTNC",
      amount: opts.amount ?? "100.00",
      ...(opts.autoRecharge ? { autoRecharge: opts.autoRecharge } : {}),
      ...(opts.paymentMethod ? { paymentMethod: opts.paymentMethod } : {}),
    });
  }
  const { getDb } = await import("@/lib/data/db");
  const users = await getDb().directoryUser.findMany({ where: { tenantId: tenant.id } });
  const userId = (upn: string) => users.find((u) => u.userPrincipalName === upn)!.id;
  return {
    tenant,
    access,
    organizerId: userId("olivia.organizer@credits.test"),
    callerId: userId("carl.caller@credits.test"),
    unlicensedCallerId: userId("nina.nocredits@credits.test"),
  };
}

/** A sign-in with an instance role (issue 11: owner, trainer, member). */
export async function makeRoleActor(instanceRole: "owner" | "trainer" | "member"): Promise<Actor> {
  const email = `${randomUUID()}@example.test`;
  const row = await createAccount(email, `${instanceRole} person`, "correct horse battery", { instanceRole });
  return { accountId: row.id, email: row.email, name: row.name, via: "session" };
}
