import { SKU_CATALOG } from "@/lib/domain/catalog";
import { findCountry } from "@/lib/domain/countries";
import type { MatrixPolicy, MatrixSituation } from "@/lib/domain/matrix";
import type { PlanSku, SkuPartNumber } from "@/lib/domain/types";
import { CHANNEL_OPTIONS, CLOUD_OPTIONS, COMMITMENT_OPTIONS, ORG_TYPE_OPTIONS, optionLabel } from "@/components/tenants/options";

/** Short plan names for the compact grid (the catalog's names are long). */
export const PLAN_SHORT: Record<PlanSku | "none", string> = {
  none: "No plan yet",
  O365_BUSINESS_PREMIUM: "Business Premium",
  OFFICESUBSCRIPTION: "ProPlus",
  MCOIMP: "SfB Online Plan 1",
  MCOSTANDARD: "SfB Online Plan 2",
  STANDARDPACK: "E1",
  ENTERPRISEPACK: "E3",
  ENTERPRISEWITHSCAL: "E4",
  ENTERPRISEPREMIUM_NOPSTNCONF: "E5 without Audio Conf.",
  ENTERPRISEPREMIUM: "E5",
};

export const planShort = (plan: PlanSku | null) => PLAN_SHORT[plan ?? "none"];
export const skuName = (sku: SkuPartNumber) => SKU_CATALOG[sku].name;

const POLICY_WORDS: Record<string, (v: unknown) => string> = {
  monthlyCommitmentBlocksAddOns: (v) => (v ? "monthly blocks add-ons" : "monthly doesn't block"),
  sfbPlan2PhoneSystem: (v) => (v === "allow" ? "Plan 2 may add Phone System" : "Plan 2 must switch for Phone System"),
  canadaCallingPlansPreview: (v) => (v ? "Canada preview on" : "Canada preview off"),
};

export function policyWords(policy: MatrixPolicy): string[] {
  return Object.entries(policy).map(([flag, value]) => POLICY_WORDS[flag]?.(value) ?? `${flag}=${String(value)}`);
}

export function dimensionLabel(dim: string, value: string | null): string {
  switch (dim) {
    case "plan":
      return planShort(value as PlanSku | null);
    case "channel":
      return optionLabel(CHANNEL_OPTIONS, value ?? "");
    case "commitment":
      return optionLabel(COMMITMENT_OPTIONS, value ?? "");
    case "orgType":
      return optionLabel(ORG_TYPE_OPTIONS, value ?? "");
    case "cloud":
      return optionLabel(CLOUD_OPTIONS, value ?? "");
    default:
      return value ?? "";
  }
}

export function countryName(code: string): string {
  return findCountry(code)?.name ?? code;
}

/** The create-tenant form, prefilled with a situation (app/tenants/page.tsx reads these parameters). */
export function startTenantHref(
  s: Pick<MatrixSituation, "plan" | "channel" | "commitment" | "orgType" | "cloud" | "country" | "policy">,
): string {
  const q = new URLSearchParams({
    plan: s.plan ?? "",
    country: s.country,
    channel: s.channel,
    commitment: s.commitment,
    orgType: s.orgType,
    cloud: s.cloud,
  });
  for (const [flag, value] of Object.entries(s.policy)) q.set(`policy.${flag}`, String(value));
  return `/tenants?${q.toString()}#create-tenant`;
}

/** The what-if page with situation A (and B, the same unless given) filled in. */
export function whatIfHref(a: MatrixSituation, b: MatrixSituation = a): string {
  const q = new URLSearchParams();
  for (const [prefix, s] of [
    ["a", a],
    ["b", b],
  ] as const) {
    q.set(`${prefix}.plan`, s.plan ?? "");
    q.set(`${prefix}.country`, s.country);
    q.set(`${prefix}.channel`, s.channel);
    q.set(`${prefix}.commitment`, s.commitment);
    q.set(`${prefix}.orgType`, s.orgType);
    q.set(`${prefix}.cloud`, s.cloud);
    for (const [flag, value] of Object.entries(s.policy)) q.set(`${prefix}.policy.${flag}`, String(value));
  }
  return `/what-if?${q.toString()}`;
}
