import "server-only";
import { calculateTermEnd } from "@/lib/domain/clock";
import { getDb, readConsistently, type Tx } from "@/lib/data/db";
import { createAuditEvent, findAuditEvents } from "@/lib/data/audit";
import {
  countAssignmentsBySku,
  findMembers,
  findMembership,
  findTenantDetail,
  findTenantsForAccount,
  upsertMembership,
} from "@/lib/data/tenants";
import { loadTenantSnapshot } from "@/lib/data/snapshot";
import { isSeatCountAdjustable } from "@/lib/domain/offers";
import { comesWithActionPack, decideSituationChange } from "@/lib/domain/situation";
import { calculateSubscriptionUsage } from "@/lib/domain/assignment";
import { DEFAULT_POLICY, type Channel, type PlanSku, type SkuPartNumber, type TenantPolicy } from "@/lib/domain/types";
import { formatUsd, parseUsd } from "@/lib/domain/money";
import { isRole, type Role } from "@/lib/auth/permissions";
import type { AddMemberInput, CreateTenantInput, UpdateTenantInput } from "@/lib/validation/tenants";
import { AppError } from "./errors";
import { assertCan, type Actor, type TenantAccess } from "./actor";

/** The policy as the API shows it: money as a decimal string. */
export interface PolicyView {
  monthlyCommitmentBlocksAddOns: boolean;
  sfbPlan2PhoneSystem: "allow" | "switch";
  canadaCallingPlansPreview: boolean;
  minimumFundingUsd: string;
  callingPlanPurchaseCountry: TenantPolicy["callingPlanPurchaseCountry"];
  diPoolExhaustion: TenantPolicy["diPoolExhaustion"];
  creditsInBahrainBrazilBrunei: boolean;
  phoneSystemOn21Vianet: boolean;
}

export function toPolicyView(p: TenantPolicy): PolicyView {
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

export function parsePolicy(json: string): TenantPolicy {
  return { ...DEFAULT_POLICY, ...(JSON.parse(json) as Partial<TenantPolicy>) };
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

export interface TenantSummary {
  id: string;
  name: string;
  country: string;
  plan: string | null;
  channel: string;
  role: Role;
}

export interface SubscriptionView {
  id: string;
  sku: string;
  quantity: number;
  assigned: number;
  /** null for Communications Credits, whose licenses are unlimited (R-CC-3). */
  available: number | null;
  commercial: boolean;
  /** Whether the seat count can be changed (isSeatCountAdjustable: not credits R-CC-3, not Action Pack R-PART-1). */
  seatsAdjustable: boolean;
  status: string;
  term: string;
  renewsAt: string;
}

export interface TenantState {
  id: string;
  name: string;
  country: string;
  orgType: string;
  cloud: string;
  channel: string;
  commitment: string;
  plan: string | null;
  policy: PolicyView;
  now: string;
  createdAt: string;
  role: Role;
  subscriptions: SubscriptionView[];
  credits: {
    enabled: boolean;
    balance: string;
    autoRecharge: { enabled: boolean; threshold: string; amount: string };
  };
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
  return readConsistently(tx, async (tx) => {
    const tenant = await findTenantDetail(tx, access.tenantId);
    if (!tenant) throw AppError.notFound("That tenant");
    const assignedCounts = await countAssignmentsBySku(tx, access.tenantId);
    const usage = new Map(
      calculateSubscriptionUsage({
        subscriptions: tenant.subscriptions.map((s) => ({ id: s.id, sku: s.sku as SkuPartNumber, quantity: s.quantity, commercial: s.commercial, status: s.status })),
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
  });
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

/** End of the first term (calendar maths in lib/domain/clock.ts: Jan 31 + 1 month = Feb 28). */
function addTerm(from: Date, term: string): Date {
  return new Date(calculateTermEnd(from.toISOString(), term === "monthly" ? "monthly" : "annual"));
}


/** Writes subscriptions, users and licenses of an initial state. Used by create and reset. */
async function materialize(tx: Tx, tenantId: string, state: InitialState, now: Date): Promise<void> {
  const subs = [
    ...(state.plan
      ? [{ sku: state.plan, quantity: state.seats, commercial: !comesWithActionPack(state.channel as Channel, state.plan) }]
      : []),
    ...state.extraSubscriptions,
  ];
  for (const s of subs) {
    await tx.subscription.create({
      data: {
        tenantId,
        sku: s.sku,
        quantity: s.quantity,
        commercial: s.commercial,
        term: state.commitment === "monthly" ? "monthly" : "annual",
        createdAt: now,
        renewsAt: addTerm(now, state.commitment),
      },
    });
  }
  for (const u of state.users) {
    const user = await tx.directoryUser.create({
      data: {
        tenantId,
        userPrincipalName: u.userPrincipalName,
        displayName: u.displayName,
        usageLocation: u.usageLocation,
        pstnConnectivity: u.pstnConnectivity ?? "online",
        kind: u.kind ?? "person",
      },
    });
    for (const sku of u.licenses ?? []) {
      await tx.licenseAssignment.create({ data: { tenantId, userId: user.id, sku } });
    }
  }
  await tx.creditsAccount.create({ data: { tenantId } });
}

export interface CreateTenantOptions {
  /** Seeded directory users (seed and tests); part of the state reset returns to. */
  users?: SeedUser[];
  extraSubscriptions?: InitialState["extraSubscriptions"];
  now?: Date;
}

export async function createTenant(
  actor: Actor,
  input: CreateTenantInput,
  options: CreateTenantOptions = {},
): Promise<TenantState> {
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
    const tenant = await tx.tenant.create({
      data: {
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
    });
    await tx.membership.create({ data: { tenantId: tenant.id, accountId: actor.accountId, role: "GLOBAL_ADMIN" } });
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
  return getDb().$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id: access.tenantId } });
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
    const snapshot = await loadTenantSnapshot(tx, access.tenantId);
    if (!snapshot) throw AppError.notFound("That tenant");
    const situation = decideSituationChange(snapshot, { channel: fields.channel, commitment: fields.commitment });
    await tx.tenant.update({
      where: { id: access.tenantId },
      data: { ...fields, policyJson: JSON.stringify(nextPolicy) },
    });
    for (const { id, ...data } of situation.subscriptionUpdates) {
      await tx.subscription.update({ where: { id, tenantId: access.tenantId }, data });
    }
    const changed = Object.keys(fields).filter(
      (k) => before[k as keyof typeof before] !== fields[k as keyof typeof fields],
    );
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
  await getDb().tenant.delete({ where: { id: access.tenantId } });
}

/** Back to the state the tenant was created in; the audit trail is kept and says so. */
export async function resetTenant(access: TenantAccess): Promise<TenantState> {
  assertCan(access, "tenant:reset");
  return getDb().$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id: access.tenantId } });
    if (!tenant) throw AppError.notFound("That tenant");
    const initial = JSON.parse(tenant.initialJson) as InitialState;
    const tenantId = access.tenantId;
    await tx.licenseAssignment.deleteMany({ where: { tenantId } });
    await tx.directoryUser.deleteMany({ where: { tenantId } });
    await tx.subscription.deleteMany({ where: { tenantId } });
    await tx.creditsLedgerEntry.deleteMany({ where: { tenantId } });
    await tx.creditsAccount.deleteMany({ where: { tenantId } });
    await tx.idempotencyRecord.deleteMany({ where: { tenantId } });
    await tx.purchase.deleteMany({ where: { tenantId } });
    await tx.creditLot.deleteMany({ where: { tenantId } });
    await tx.minutePoolUsage.deleteMany({ where: { tenantId } });
    await tx.notification.deleteMany({ where: { tenantId } });
    const now = initial.createdAt ? new Date(initial.createdAt) : new Date();
    await tx.tenant.update({
      where: { id: tenantId },
      data: {
        country: initial.country,
        orgType: initial.orgType,
        cloud: initial.cloud,
        channel: initial.channel,
        commitment: initial.commitment,
        plan: initial.plan,
        policyJson: JSON.stringify(initial.policy),
        now,
      },
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

export interface MemberView {
  accountId: string;
  email: string;
  name: string;
  role: Role;
}

export async function listMembers(access: TenantAccess): Promise<MemberView[]> {
  assertCan(access, "tenant:read");
  const rows = await findMembers(getDb(), access.tenantId);
  return rows.map((m) => ({ accountId: m.account.id, email: m.account.email, name: m.account.name, role: m.role as Role }));
}

/** A Global admin gives another sign-in a role in this tenant. */
export async function addMember(access: TenantAccess, input: AddMemberInput): Promise<MemberView> {
  assertCan(access, "members:manage");
  return getDb().$transaction(async (tx) => {
    const account = await tx.account.findUnique({ where: { email: input.email } });
    if (!account) {
      throw AppError.validation({ email: ["No sign-in uses that email address."] }, "No sign-in uses that email address.");
    }
    const existing = await findMembership(tx, access.tenantId, account.id);
    if (existing && account.id === access.actor.accountId && existing.role !== input.role) {
      throw new AppError({
        code: "CONFLICT",
        message: "You can't change your own role. Ask another Global admin of this tenant.",
        details: { email: ["That's you."] },
      });
    }
    if (existing?.role === "GLOBAL_ADMIN" && input.role !== "GLOBAL_ADMIN") {
      const admins = await tx.membership.count({ where: { tenantId: access.tenantId, role: "GLOBAL_ADMIN" } });
      if (admins <= 1) {
        throw new AppError({
          code: "CONFLICT",
          message: "This is the tenant's only Global admin. Make someone else a Global admin first, so the tenant keeps one.",
          details: { role: ["The tenant needs at least one Global admin."] },
        });
      }
    }
    await upsertMembership(tx, access.tenantId, account.id, input.role);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: { accountId: access.actor.accountId, email: access.actor.email },
      action: existing ? "member.role" : "member.add",
      target: account.email,
      outcome: "success",
      details: existing ? { from: existing.role, to: input.role } : { role: input.role },
    });
    return { accountId: account.id, email: account.email, name: account.name, role: input.role };
  });
}

export interface AuditEventView {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  outcome: string;
  ruleIds: string[];
  details: Record<string, unknown>;
}

export async function listEvents(access: TenantAccess, take = 50): Promise<AuditEventView[]> {
  assertCan(access, "audit:read");
  const rows = await findAuditEvents(getDb(), access.tenantId, { take });
  return rows.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorEmail,
    action: e.action,
    target: e.target,
    outcome: e.outcome,
    ruleIds: JSON.parse(e.ruleIdsJson) as string[],
    details: JSON.parse(e.detailsJson) as Record<string, unknown>,
  }));
}
