/**
 * What-if: the TenantSnapshot of a tenant that doesn't exist, so the offers engine can answer "what would a
 * tenant in this situation be offered?" without anything being created (POST /api/v1/evaluate, the matrix).
 *
 * The snapshot is the one a freshly created tenant in that situation has (lib/services/tenants createTenant):
 * one subscription of the plan with `seats` seats, Action Pack seats (commercial=false) when a partner's plan
 * comes with its pack (R-PART-1, A-17), nothing assigned to anyone. `owned` adds one active, commercial
 * subscription per sku, as a purchase would; owning Communications Credits (MCOPSTNC) means they are set up.
 */
import { comesWithActionPack } from "./situation";
import {
  DEFAULT_POLICY,
  type Channel,
  type Cloud,
  type Commitment,
  type OrgType,
  type PlanSku,
  type SkuPartNumber,
  type SubscriptionSnapshot,
  type TenantPolicy,
  type TenantSnapshot,
} from "./types";

/** Seats of the plan when the situation doesn't say (the create-tenant form's default). */
export const HYPOTHETICAL_PLAN_SEATS = 25;

export interface HypotheticalSituation {
  /** ISO 3166-1 alpha-2 code, upper case. */
  country: string;
  orgType: OrgType;
  cloud: Cloud;
  channel: Channel;
  commitment: Commitment;
  plan: PlanSku | null;
  /** Seats of the plan (integer >= 1); HYPOTHETICAL_PLAN_SEATS when absent. */
  seats?: number;
  /** Seats bought per sku (integers >= 1), each an active commercial subscription. */
  owned?: Partial<Record<SkuPartNumber, number>>;
  /** Flags that differ from DEFAULT_POLICY. */
  policy?: Partial<TenantPolicy>;
}

export function buildHypotheticalSnapshot(situation: HypotheticalSituation): TenantSnapshot {
  const { plan, channel } = situation;
  const subscriptions: SubscriptionSnapshot[] = [];
  if (plan !== null) {
    subscriptions.push({
      id: "what-if-plan",
      sku: plan,
      quantity: situation.seats ?? HYPOTHETICAL_PLAN_SEATS,
      commercial: !comesWithActionPack(channel, plan),
      status: "active",
    });
  }
  const owned = Object.entries(situation.owned ?? {}) as [SkuPartNumber, number][];
  for (const [sku, quantity] of owned) {
    if (quantity > 0) subscriptions.push({ id: `what-if-${sku}`, sku, quantity, commercial: true, status: "active" });
  }
  return {
    country: situation.country.toUpperCase(),
    orgType: situation.orgType,
    cloud: situation.cloud,
    channel,
    commitment: situation.commitment,
    plan,
    subscriptions,
    assignedCounts: {},
    creditsEnabled: (situation.owned?.MCOPSTNC ?? 0) > 0,
    policy: { ...DEFAULT_POLICY, ...situation.policy },
  };
}
