import "server-only";
import { inTenantTransaction } from "./transaction";
import { getDb, type Tx } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  findMembership,
  findTenant,
  findTenantsForAccount,
  clearTenantContents,
  deleteTenantRow,
  insertTenant,
  insertTenantContents,
  updateSubscriptionFields,
  updateTenantRow,
} from "@/lib/data/tenants";
import { addTerm, snapshotOf } from "./support";
import { parsePolicy, readTenantWithCounts } from "@/lib/data/snapshot";
import { isSeatCountAdjustable } from "@/lib/domain/offers";
import { comesWithActionPack, decideSituationChange } from "@/lib/domain/situation";
import { calculateSubscriptionUsage } from "@/lib/domain/seat-usage";
import { DEFAULT_POLICY, type Channel, type PlanSku, type SkuPartNumber, type TenantPolicy } from "@/lib/domain/types";
import { formatUsd, parseUsd } from "@/lib/domain/money";
import { isRole, type Role } from "@/lib/domain/roles";
import type { CreateTenantInput, UpdateTenantInput } from "@/lib/validation/tenants";
import type { PolicyView, TenantState, TenantSummary } from "@/lib/validation/responses";
import { AppError } from "@/lib/domain/errors";
import { assertCan, type Actor, type TenantAccess } from "@/lib/auth/actor";

/** The policy as the API shows it: money as a decimal string. */

function toPolicyView(p: TenantPolicy): PolicyView {
  return {
    monthlyCommitmentBlocksAddOns: p.monthlyCommitmentBlocksAddOns,
    sfbPlan2PhoneSystem: p.sfbPlan2PhoneSystem,
    canadaCallingPlansPreview: p.canadaCallingPlansPreview,
    minimumFundingUsd: formatUsd(p.minimumFundingCents),
    callingPlanPurchaseCountry: p.callingPlanPurchaseCountry,
    diPoolExhaustion: p.diPoolExhaustion,
    creditsInBahrainBrazilBrunei: p.creditsInBahrainBrazilBrunei,
    phoneSystemOn21Vianet: p.phoneSystemOn21Vianet,
  };
}

/** Merge validated API policy input into a domain policy. */
export function mergePolicy(base: TenantPolicy, input: Partial<PolicyView> | undefined): TenantPolicy {
  if (!input) return base;
  const { minimumFundingUsd, ...flags } = input;
  const merged: TenantPolicy = { ...base, ...flags };
  if (minimumFundingUsd !== undefined) {
    const cents = parseUsd(minimumFundingUsd);
    if (cents === null) throw AppError.validation({ "policy.minimumFundingUsd": ["Enter an amount like 20.00"] });
    merged.minimumFundingCents = cents;
  }
  return merged;
}

/** The actor's membership of a tenant, or NOT_FOUND: a tenant you may not see looks missing. */
export async function getTenantAccess(actor: Actor, tenantId: string, tx: Tx = getDb()): Promise<TenantAccess> {
  const membership = await findMembership(tx, tenantId, actor.accountId);
  if (!membership || !isRole(membership.role)) throw AppError.notFound("That tenant");
  return { actor, tenantId, role: membership.role };
}

export async function listTenants(actor: Actor): Promise<TenantSummary[]> {
  const rows = await findTenantsForAccount(getDb(), actor.accountId);
  return rows.map((m) => ({
    id: m.tenant.id,
    name: m.tenant.name,
    country: m.tenant.country,
    plan: m.tenant.plan,
    channel: m.tenant.channel,
    role: m.role as Role,
  }));
}

export async function getTenantState(access: TenantAccess, tx?: Tx): Promise<TenantState> {
  assertCan(access, "tenant:read");
  // One consistent read: the tenant, its subscriptions and credits account, its assigned licenses per sku.
  const tenant = await readTenantWithCounts(tx ?? getDb(), access.tenantId);
  if (!tenant) throw AppError.notFound("That tenant");
  const assignedCounts = tenant.assignedCounts;
  const usage = new Map(
    calculateSubscriptionUsage({
      subscriptions: tenant.subscriptions.map((s) => ({
        id: s.id,
        sku: s.sku as SkuPartNumber,
        quantity: s.quantity,
        commercial: s.commercial,
        status: s.status,
      })),
      assignedCounts,
      creditsEnabled: tenant.credits?.enabled ?? false,
    }).map((u) => [u.subscriptionId, u]),
  );
  const credits = tenant.credits;
  return {
    id: tenant.id,
    name: tenant.name,
    country: tenant.country,
    orgType: tenant.orgType,
    cloud: tenant.cloud,
    channel: tenant.channel,
    commitment: tenant.commitment,
    plan: tenant.plan,
    policy: toPolicyView(parsePolicy(tenant.policyJson)),
    now: tenant.now.toISOString(),
    createdAt: tenant.createdAt.toISOString(),
    role: access.role,
    subscriptions: tenant.subscriptions.map((s) => {
      const u = usage.get(s.id)!;
      return {
        id: s.id,
        sku: s.sku,
        quantity: s.quantity,
        assigned: u.assigned,
        available: u.available,
        commercial: s.commercial,
        seatsAdjustable: isSeatCountAdjustable({ sku: s.sku as SkuPartNumber, commercial: s.commercial }),
        status: s.status,
        term: s.term,
        renewsAt: s.renewsAt.toISOString(),
      };
    }),
    credits: {
      enabled: credits?.enabled ?? false,
      balance: formatUsd(credits?.balanceCents ?? 0),
      autoRecharge: {
        enabled: credits?.autoRechargeEnabled ?? false,
        threshold: formatUsd(credits?.thresholdCents ?? 0),
        amount: formatUsd(credits?.rechargeAmountCents ?? 0),
      },
    },
  };
}

export interface SeedUser {
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  pstnConnectivity?: "online" | "onPremises";
  kind?: "person" | "room";
  licenses?: string[];
}

/** What a tenant looked like when it was created; reset brings it back. */
interface InitialState {
  plan: PlanSku | null;
  seats: number;
  country: string;
  orgType: string;
  cloud: string;
  channel: string;
  commitment: string;
  policy: TenantPolicy;
  extraSubscriptions: { sku: string; quantity: number; commercial: boolean }[];
  users: SeedUser[];
  /** The sandbox clock at creation (ISO); reset sets the clock back to it. Absent in older tenants. */
  createdAt?: string;
}

/** Writes subscriptions, users and licenses of an initial state. Used by create and reset. */
async function materialize(tx: Tx, tenantId: string, state: InitialState, now: Date): Promise<void> {
  const term = state.commitment === "monthly" ? "monthly" : "annual";
  const subs = [
    ...(state.plan
      ? [{ sku: state.plan, quantity: state.seats, commercial: !comesWithActionPack(state.channel as Channel, state.plan) }]
      : []),
    ...state.extraSubscriptions,
  ];
  await insertTenantContents(tx, tenantId, {
    subscriptions: subs.map((s) => ({ ...s, term, createdAt: now, renewsAt: addTerm(now, state.commitment) })),
    users: state.users.map((u) => ({
      userPrincipalName: u.userPrincipalName,
      displayName: u.displayName,
      usageLocation: u.usageLocation,
      pstnConnectivity: u.pstnConnectivity ?? "online",
      kind: u.kind ?? "person",
      licenses: u.licenses ?? [],
    })),
  });
}

export interface CreateTenantOptions {
  /** Seeded directory users (seed and tests); part of the state reset returns to. */
  users?: SeedUser[];
  extraSubscriptions?: InitialState["extraSubscriptions"];
  now?: Date;
}

export async function createTenant(actor: Actor, input: CreateTenantInput, options: CreateTenantOptions = {}): Promise<TenantState> {
  const now = options.now ?? new Date();
  const policy = mergePolicy(DEFAULT_POLICY, input.policy);
  const initial: InitialState = {
    plan: input.plan,
    seats: input.seats,
    country: input.country,
    orgType: input.orgType,
    cloud: input.cloud,
    channel: input.channel,
    commitment: input.commitment,
    policy,
    extraSubscriptions: options.extraSubscriptions ?? [],
    users: options.users ?? [],
    createdAt: now.toISOString(),
  };
  return getDb().$transaction(async (tx) => {
    const tenant = await insertTenant(
      tx,
      {
        name: input.name,
        country: input.country,
        orgType: input.orgType,
        cloud: input.cloud,
        channel: input.channel,
        commitment: input.commitment,
        plan: input.plan,
        policyJson: JSON.stringify(policy),
        now,
        initialJson: JSON.stringify(initial),
      },
      actor.accountId,
    );
    await materialize(tx, tenant.id, initial, now);
    await createAuditEvent(tx, {
      tenantId: tenant.id,
      actor: { accountId: actor.accountId, email: actor.email },
      action: "tenant.create",
      target: tenant.name,
      outcome: "success",
      details: { plan: input.plan, seats: input.seats, channel: input.channel, country: input.country },
    });
    return getTenantState({ actor, tenantId: tenant.id, role: "GLOBAL_ADMIN" }, tx);
  });
}

/** Rename, or change the settings QA uses to put a tenant into a documented situation. */
export async function updateTenant(access: TenantAccess, input: UpdateTenantInput): Promise<TenantState> {
  assertCan(access, "tenant:update");
  return inTenantTransaction(access.tenantId, async (tx) => {
    const tenant = await findTenant(tx, access.tenantId);
    if (!tenant) throw AppError.notFound("That tenant");
    const { policy, ...fields } = input;
    const before = {
      name: tenant.name,
      country: tenant.country,
      orgType: tenant.orgType,
      cloud: tenant.cloud,
      channel: tenant.channel,
      commitment: tenant.commitment,
    };
    const nextPolicy = mergePolicy(parsePolicy(tenant.policyJson), policy);
    // What the new channel or commitment does to the existing subscriptions (R-PART-1, A-17, R-MC-1).
    const snapshot = await snapshotOf(tx, access.tenantId);
    const situation = decideSituationChange(snapshot, { channel: fields.channel, commitment: fields.commitment });
    await updateTenantRow(tx, access.tenantId, { ...fields, policyJson: JSON.stringify(nextPolicy) });
    for (const { id, ...data } of situation.subscriptionUpdates) await updateSubscriptionFields(tx, access.tenantId, id, data);
    const changed = Object.keys(fields).filter((k) => before[k as keyof typeof before] !== fields[k as keyof typeof fields]);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: { accountId: access.actor.accountId, email: access.actor.email },
      action: fields.name && fields.name !== tenant.name && changed.length === 1 && !policy ? "tenant.rename" : "tenant.update",
      target: fields.name ?? tenant.name,
      outcome: "success",
      ruleIds: situation.ruleIds,
      details: {
        before,
        changes: fields,
        ...(policy ? { policy } : {}),
        ...(situation.subscriptionUpdates.length > 0 ? { subscriptionUpdates: situation.subscriptionUpdates } : {}),
      },
    });
    return getTenantState(access, tx);
  });
}

export async function deleteTenant(access: TenantAccess): Promise<void> {
  assertCan(access, "tenant:delete");
  // The audit trail belongs to the tenant and goes with it; the deletion is logged on the server.
  await inTenantTransaction(access.tenantId, (tx) => deleteTenantRow(tx, access.tenantId));
}

/** Back to the state the tenant was created in; the audit trail is kept and says so. */
export async function resetTenant(access: TenantAccess): Promise<TenantState> {
  assertCan(access, "tenant:reset");
  return inTenantTransaction(access.tenantId, async (tx) => {
    const tenant = await findTenant(tx, access.tenantId);
    if (!tenant) throw AppError.notFound("That tenant");
    const initial = JSON.parse(tenant.initialJson) as InitialState;
    const tenantId = access.tenantId;
    await clearTenantContents(tx, tenantId);
    const now = initial.createdAt ? new Date(initial.createdAt) : new Date();
    await updateTenantRow(tx, tenantId, {
      country: initial.country,
      orgType: initial.orgType,
      cloud: initial.cloud,
      channel: initial.channel,
      commitment: initial.commitment,
      plan: initial.plan,
      policyJson: JSON.stringify(initial.policy),
      now,
    });
    await materialize(tx, tenantId, initial, now);
    await createAuditEvent(tx, {
      tenantId,
      actor: { accountId: access.actor.accountId, email: access.actor.email },
      action: "tenant.reset",
      target: tenant.name,
      outcome: "success",
    });
    return getTenantState(access, tx);
  });
}
