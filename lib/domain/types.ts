/**
 * Core types of the pure licensing model. Everything in lib/domain is pure: no I/O, no clock,
 * no Prisma, no next/*, no process.env. Time and state come in as arguments.
 *
 * Money is always integer cents (`*Cents`), never a float.
 */

/** Microsoft skuPartNumber strings used as SKU ids (shared/api.md "SKUs"). */
export const PLAN_SKUS = [
  "O365_BUSINESS_PREMIUM",
  "OFFICESUBSCRIPTION",
  "MCOIMP",
  "MCOSTANDARD",
  "STANDARDPACK",
  "ENTERPRISEPACK",
  "ENTERPRISEWITHSCAL",
  "ENTERPRISEPREMIUM_NOPSTNCONF",
  "ENTERPRISEPREMIUM",
] as const;

export const ADDON_SKUS = ["MCOMEETADV", "MCOEV", "MCOPSTN1", "MCOPSTN2", "MCOPSTNC", "EXCHANGEENTERPRISE"] as const;

export type PlanSku = (typeof PLAN_SKUS)[number];
export type AddonSku = (typeof ADDON_SKUS)[number];
export type SkuPartNumber = PlanSku | AddonSku;
export const ALL_SKUS: readonly SkuPartNumber[] = [...PLAN_SKUS, ...ADDON_SKUS];

export const ORG_TYPES = ["commercial", "gcc", "government", "education", "nonprofit"] as const;
export type OrgType = (typeof ORG_TYPES)[number];
export const CLOUDS = ["worldwide", "21vianet"] as const;
export type Cloud = (typeof CLOUDS)[number];
export const CHANNELS = ["direct", "godaddy", "partner"] as const;
export type Channel = (typeof CHANNELS)[number];
export const COMMITMENTS = ["annual", "monthly"] as const;
export type Commitment = (typeof COMMITMENTS)[number];
export const PSTN_CONNECTIVITY = ["online", "onPremises"] as const;
export type PstnConnectivity = (typeof PSTN_CONNECTIVITY)[number];
export const USER_KINDS = ["person", "room"] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** The documented ambiguities as flags (shared/api.md "policy"; catalogue §7). */
export interface TenantPolicy {
  /** R-MC-1 / A-6: a monthly commitment blocks add-on purchases. Default true. */
  monthlyCommitmentBlocksAddOns: boolean;
  /** R-PS-S2 / A-1: Phone System on Skype for Business Online Plan 2. Default "allow". */
  sfbPlan2PhoneSystem: "allow" | "switch";
  /** R-GEO-3: Canada Calling Plans for preview tenants only. Default false. */
  canadaCallingPlansPreview: boolean;
  /** A-8: minimum Communications Credits funding, integer cents. Default 2000 ($20). */
  minimumFundingCents: number;
  /**
   * R-GEO-2 / CP:45 / catalogue §9 step 5: what decides whether Calling Plans can be BOUGHT. Default
   * "usageLocation" (the documentation: each user's license usage location decides, checked at assignment; the
   * tenant's billing country doesn't gate the purchase). "tenantCountry" also gates the purchase on the
   * tenant's country (a stricter reading some admins expect).
   */
  callingPlanPurchaseCountry: "usageLocation" | "tenantCountry";
  /** A-14: a Domestic and International pool stops all calls when either counter is used up ("either", default) or only that category ("perCategory"). */
  diPoolExhaustion: "either" | "perCategory";
  /** §5.3: Communications Credits in Bahrain, Brazil and Brunei (country pages say yes, the spreadsheet omits them). Default true. */
  creditsInBahrainBrazilBrunei: boolean;
  /** §6.2: Phone System for Office 365 operated by 21Vianet (the China country page says yes; no 21Vianet statement). Default true. */
  phoneSystemOn21Vianet: boolean;
}

/** The policy flag names (every refusal a flag causes names it in `details.policyFlag`). */
export type PolicyFlag = keyof TenantPolicy;

export const DEFAULT_POLICY: TenantPolicy = {
  monthlyCommitmentBlocksAddOns: true,
  sfbPlan2PhoneSystem: "allow",
  canadaCallingPlansPreview: false,
  minimumFundingCents: 2000,
  callingPlanPurchaseCountry: "usageLocation",
  diPoolExhaustion: "either",
  creditsInBahrainBrazilBrunei: true,
  phoneSystemOn21Vianet: true,
};

/** Denial codes of shared/api.md "Error codes" (domain ones; HTTP-only codes live in lib/api). */
export type DenialCode =
  | "NO_BASE_PLAN"
  | "CLOUD_21VIANET"
  | "RESELLER_GODADDY"
  | "MONTHLY_COMMITMENT"
  | "PARTNER_E3_SEAT_REQUIRED"
  | "ALREADY_INCLUDED"
  | "PLAN_SWITCH_REQUIRED"
  | "PREREQUISITE_MISSING"
  | "COUNTRY_NOT_AVAILABLE"
  | "ORG_TYPE_NOT_AVAILABLE"
  | "INSUFFICIENT_LICENSES"
  | "SEATS_IN_USE"
  | "DEPENDENCY_VIOLATION"
  | "MUTUALLY_EXCLUSIVE"
  | "HYBRID_USER_CALLING_PLAN"
  | "USAGE_LOCATION_REQUIRED"
  | "CREDITS_NOT_SET_UP"
  /** More phone numbers than the licenses allow (R-NUM-USER, R-NUM-SVC), HTTP 409. */
  | "NUMBER_CAPACITY_EXCEEDED"
  /** The phone number (or the user) is already taken by an assignment (SBX-NUM-ASSIGN), HTTP 409. */
  | "NUMBER_IN_USE"
  | "AMOUNT_BELOW_MINIMUM"
  | "INSUFFICIENT_FUNDS"
  /** Sandbox: the simulated card was declined or has expired, so funds can't be added (SBX-PAY-1, HTTP 402). */
  | "PAYMENT_DECLINED"
  /** Added by the purchase engine: a malformed quantity or amount (API 400), e.g. quantity 0. */
  | "VALIDATION_FAILED"
  /** Added by the purchase engine: the subscription or sku named does not exist in the tenant (API 404). */
  | "NOT_FOUND";

export type Remedy =
  | { action: "purchase"; sku: SkuPartNumber }
  | { action: "switchPlan"; to: PlanSku[] }
  | { action: "contactSupport" }
  | { action: "thirdPartyProvider" }
  | { action: "changeCommitment" }
  | { action: "addFunds" }
  | { action: "assign"; sku: SkuPartNumber }
  | { action: "setUsageLocation" }
  /** Cancel the tenant's subscription of this add-on first (Billing > Subscriptions). */
  | { action: "cancelSubscription"; sku: SkuPartNumber }
  /** Take this license away from the users who hold it first. */
  | { action: "unassign"; sku: SkuPartNumber }
  /** The refusal comes from a policy flag (catalogue §7): changing it in Settings would lift it. */
  | { action: "changePolicy"; flag: PolicyFlag };

/** A cited reason: the error object of shared/api.md without the wrapper. */
export interface Reason {
  code: DenialCode;
  /** Our own sentence; never a copy of the documentation. */
  message: string;
  /** Rule id in shared/domain/rules-catalogue.md, e.g. "R-CP-1". */
  ruleId: string;
  /** Documentation page and anchor, e.g. "skype-for-business-and-microsoft-teams-add-on-licensing#bkmk_whichaddons". */
  doc: string;
  remedies: Remedy[];
  details?: Record<string, unknown>;
}

export interface Recommendation {
  ruleId: string;
  message: string;
  doc: string;
}

export type Result<T, E = Reason> = { ok: true; value: T } | { ok: false; error: E };

/** One subscription (a purchase line) as the domain sees it. */
export interface SubscriptionSnapshot {
  id: string;
  sku: SkuPartNumber;
  /** Seats bought (for MCOPSTNC: not meaningful, credits seats are unlimited). */
  quantity: number;
  /** false when the seats come with a partner Action Pack rather than a commercial purchase (R-PART-1, A-17). */
  commercial: boolean;
  status: "active" | "suspended";
}

export interface UserSnapshot {
  id: string;
  /** ISO 3166-1 alpha-2, or null when not set. */
  usageLocation: string | null;
  pstnConnectivity: PstnConnectivity;
  kind: UserKind;
  /** SKUs currently assigned to this user. */
  licenses: SkuPartNumber[];
  /** Per assigned sku, the servicePlanIds turned off (Graph's disabledPlans); absent means none. */
  disabledPlans?: Partial<Record<SkuPartNumber, readonly string[]>>;
}

/** Everything the rules need about a tenant, loaded by a service in one transaction. */
export interface TenantSnapshot {
  /** ISO 3166-1 alpha-2 country of the tenant (its billing country). */
  country: string;
  orgType: OrgType;
  cloud: Cloud;
  channel: Channel;
  commitment: Commitment;
  /** The base plan, or null when nothing has been bought yet (R-ADM-1). */
  plan: PlanSku | null;
  subscriptions: SubscriptionSnapshot[];
  /** Assigned seat count per SKU across all users (Graph consumedUnits). */
  assignedCounts: Partial<Record<SkuPartNumber, number>>;
  /** Communications Credits have been set up (MCOPSTNC bought). */
  creditsEnabled: boolean;
  policy: TenantPolicy;
}
