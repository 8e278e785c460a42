/**
 * Demo tenant situations (catalogue §1, §2), shared by the tests and the seed. US, commercial,
 * worldwide, bought directly on an annual commitment unless the label says otherwise.
 * Every tenant has 25 plan seats, 10 of them assigned, and no add-ons yet.
 */
import { DEFAULT_POLICY, type PlanSku, type SubscriptionSnapshot, type TenantPolicy, type TenantSnapshot } from "./types";

/** Snapshot overrides; `policy` may be partial (merged over DEFAULT_POLICY). */
export type SnapshotOverrides = Omit<Partial<TenantSnapshot>, "policy"> & { policy?: Partial<TenantPolicy> };

export const DEMO_PLAN_SEATS = 25;
export const DEMO_ASSIGNED_SEATS = 10;

/** A plain tenant; override any field. The plan subscription follows `plan` unless `subscriptions` is given. */
export function makeSnapshot(overrides: SnapshotOverrides = {}, planCommercial = true): TenantSnapshot {
  const plan: PlanSku | null = overrides.plan === undefined ? "ENTERPRISEPACK" : overrides.plan;
  const planSubscriptions: SubscriptionSnapshot[] =
    plan === null
      ? []
      : [{ id: `sub-${plan.toLowerCase()}`, sku: plan, quantity: DEMO_PLAN_SEATS, commercial: planCommercial, status: "active" }];
  return {
    country: "US",
    orgType: "commercial",
    cloud: "worldwide",
    channel: "direct",
    commitment: "annual",
    plan,
    subscriptions: planSubscriptions,
    assignedCounts: plan === null ? {} : { [plan]: DEMO_ASSIGNED_SEATS },
    creditsEnabled: false,
    ...overrides,
    policy: { ...DEFAULT_POLICY, ...overrides.policy },
  };
}

export interface DemoSituation {
  key: string;
  label: string;
  snapshot: TenantSnapshot;
}

export const DEMO_SITUATIONS: readonly DemoSituation[] = [
  { key: "no-plan", label: "New tenant, no plan bought yet", snapshot: makeSnapshot({ plan: null }) },
  { key: "bp-direct", label: "Business Premium, bought from Microsoft", snapshot: makeSnapshot({ plan: "O365_BUSINESS_PREMIUM" }) },
  {
    key: "bp-godaddy",
    label: "Business Premium, bought through GoDaddy",
    snapshot: makeSnapshot({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" }),
  },
  {
    key: "e3-monthly",
    label: "Enterprise E3 on a monthly commitment",
    snapshot: makeSnapshot({ plan: "ENTERPRISEPACK", commitment: "monthly" }),
  },
  { key: "proplus", label: "Office 365 ProPlus", snapshot: makeSnapshot({ plan: "OFFICESUBSCRIPTION" }) },
  { key: "sfb-plan2", label: "Skype for Business Online Plan 2", snapshot: makeSnapshot({ plan: "MCOSTANDARD" }) },
  { key: "e1", label: "Enterprise E1", snapshot: makeSnapshot({ plan: "STANDARDPACK" }) },
  { key: "e3", label: "Enterprise E3", snapshot: makeSnapshot({ plan: "ENTERPRISEPACK" }) },
  { key: "e4", label: "Enterprise E4", snapshot: makeSnapshot({ plan: "ENTERPRISEWITHSCAL" }) },
  {
    key: "e5-noac-fr",
    label: "E5 without Audio Conferencing, France",
    snapshot: makeSnapshot({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" }),
  },
  {
    key: "e5-noac-in",
    label: "E5 without Audio Conferencing, India",
    snapshot: makeSnapshot({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "IN" }),
  },
  { key: "e5", label: "Enterprise E5", snapshot: makeSnapshot({ plan: "ENTERPRISEPREMIUM" }) },
  {
    key: "partner",
    label: "Partner with an Action Pack (E3 from the pack, none purchased)",
    snapshot: makeSnapshot({ plan: "ENTERPRISEPACK", channel: "partner" }, false),
  },
  {
    key: "21vianet",
    label: "Enterprise E3 operated by 21Vianet, China",
    snapshot: makeSnapshot({ plan: "ENTERPRISEPACK", cloud: "21vianet", country: "CN" }),
  },
];

export function findDemoSituation(key: string): DemoSituation | undefined {
  return DEMO_SITUATIONS.find((d) => d.key === key);
}
