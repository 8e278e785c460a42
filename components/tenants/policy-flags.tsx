import Link from "next/link";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import { formatUsd, formatUsdAmount } from "@/lib/domain/money";
import type { PolicyView } from "@/lib/validation/responses";

/** The defaults, as Settings shows them. */
const DEFAULT_VIEW: PolicyView = {
  monthlyCommitmentBlocksAddOns: DEFAULT_POLICY.monthlyCommitmentBlocksAddOns,
  sfbPlan2PhoneSystem: DEFAULT_POLICY.sfbPlan2PhoneSystem,
  canadaCallingPlansPreview: DEFAULT_POLICY.canadaCallingPlansPreview,
  minimumFundingUsd: formatUsd(DEFAULT_POLICY.minimumFundingCents),
  callingPlanPurchaseCountry: DEFAULT_POLICY.callingPlanPurchaseCountry,
  diPoolExhaustion: DEFAULT_POLICY.diPoolExhaustion,
  creditsInBahrainBrazilBrunei: DEFAULT_POLICY.creditsInBahrainBrazilBrunei,
  phoneSystemOn21Vianet: DEFAULT_POLICY.phoneSystemOn21Vianet,
};

export type PolicyFlag = keyof PolicyView;

/** Each flag of Settings, in words: what it decides, and how each setting reads. */
export const POLICY_FLAGS: Record<PolicyFlag, { label: string; rule: string; describe: (v: PolicyView) => string }> = {
  monthlyCommitmentBlocksAddOns: {
    label: "Monthly commitment and add-ons",
    rule: "R-MC-1",
    describe: (v) =>
      v.monthlyCommitmentBlocksAddOns
        ? "A monthly commitment blocks add-on purchases"
        : "A monthly commitment doesn't block add-on purchases",
  },
  sfbPlan2PhoneSystem: {
    label: "Phone System on Skype for Business Online Plan 2",
    rule: "R-PS-S2",
    describe: (v) => (v.sfbPlan2PhoneSystem === "allow" ? "Can be bought, with a tip to evaluate E5" : "Needs a plan switch first"),
  },
  canadaCallingPlansPreview: {
    label: "Canada Calling Plans preview",
    rule: "R-GEO-3",
    describe: (v) => (v.canadaCallingPlansPreview ? "This tenant is in the preview" : "This tenant is not in the preview"),
  },
  minimumFundingUsd: {
    label: "Minimum Communications Credits funding",
    rule: "A-8",
    describe: (v) => formatUsdAmount(v.minimumFundingUsd),
  },
  callingPlanPurchaseCountry: {
    label: "What lets Calling Plans be bought",
    rule: "R-GEO-2",
    describe: (v) =>
      v.callingPlanPurchaseCountry === "usageLocation"
        ? "Each user's usage location, checked when a plan is assigned"
        : "The tenant's country must sell Calling Plans too",
  },
  diPoolExhaustion: {
    label: "Domestic and International minute pool running out",
    rule: "A-14",
    describe: (v) => (v.diPoolExhaustion === "either" ? "Every call from that pool stops" : "Only that kind of call stops"),
  },
  creditsInBahrainBrazilBrunei: {
    label: "Communications Credits in Bahrain, Brazil and Brunei",
    rule: "R-CC-5",
    describe: (v) => (v.creditsInBahrainBrazilBrunei ? "Can be set up there" : "Can't be set up there"),
  },
  phoneSystemOn21Vianet: {
    label: "Phone System on Office 365 operated by 21Vianet",
    rule: "R-21V-1",
    describe: (v) => (v.phoneSystemOn21Vianet ? "Can be bought" : "Can't be bought"),
  },
};

/** The flag a refusal's rule depends on, when the sandbox's reading of the documentation decided it. */
export function policyFlagOfRule(ruleId: string | undefined): PolicyFlag | null {
  const found = (Object.keys(POLICY_FLAGS) as PolicyFlag[]).find((f) => POLICY_FLAGS[f].rule === ruleId);
  return found ?? null;
}

export function flagAnchor(tenantId: string, flag: PolicyFlag): string {
  return `/tenants/${tenantId}/settings#flag-${flag}`;
}

export function changedFlags(policy: PolicyView): PolicyFlag[] {
  const defaults = DEFAULT_VIEW;
  return (Object.keys(POLICY_FLAGS) as PolicyFlag[]).filter((f) => policy[f] !== defaults[f]);
}

/** A badge for Home and Buy add-ons: offers here follow non-default readings of the documentation. */
export function PolicyBadge({ tenantId, policy }: { tenantId: string; policy: PolicyView }) {
  const changed = changedFlags(policy);
  if (changed.length === 0) return null;
  return (
    <p
      className="mb-4 flex flex-wrap items-center gap-2 rounded border border-violet-300 bg-violet-50 px-3 py-2 text-sm text-violet-950"
      role="note"
      data-testid="policy-badge"
    >
      <span className="rounded-full bg-violet-700 px-2 py-0.5 text-xs font-semibold text-white">
        {changed.length} policy {changed.length === 1 ? "flag" : "flags"} changed
      </span>
      <span>
        This tenant doesn&apos;t use the default reading for:{" "}
        {changed.map((f, i) => (
          <span key={f}>
            {i > 0 && ", "}
            <Link href={flagAnchor(tenantId, f)} className="font-semibold underline">
              {POLICY_FLAGS[f].label}
            </Link>
          </span>
        ))}
        .
      </span>
    </p>
  );
}

/** The flags for roles that can't change them: read-only, in words. */
export function PolicyFlagList({ policy }: { policy: PolicyView }) {
  const defaults = DEFAULT_VIEW;
  return (
    <dl className="grid grid-cols-[16rem_1fr] gap-y-1 text-sm" aria-label="Policy flags">
      {(Object.keys(POLICY_FLAGS) as PolicyFlag[]).map((f) => (
        <div key={f} id={`flag-${f}`} className="contents">
          <dt className="text-neutral-600">{POLICY_FLAGS[f].label}</dt>
          <dd>
            {POLICY_FLAGS[f].describe(policy)}
            {policy[f] !== defaults[f] && <span className="ml-2 text-xs text-violet-800">(changed from the default)</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
