/**
 * The purchase rules as an invariant of the tenant's state, and cancelling an add-on subscription.
 *
 * A purchase rule forbids a COMBINATION (Business Premium with Phone System, R-PS-BP; a Calling Plan without
 * Phone System, R-CP-1; credits without Audio Conferencing or Phone System + Calling Plan, R-CC-2; a standalone
 * SfB plan next to a plan that isn't in the room table's first column, SBX-ROOM-SFB) or an ACT (buying on a
 * monthly commitment, through GoDaddy, from 21Vianet, without a bought E3 seat as a partner, in a country that
 * doesn't sell it). The combinations must hold in every reachable state, whatever the order of purchases, plan
 * switches, assignments and cancellations: `purchaseRuleViolations` lists those that don't, and
 * decidePlanSwitch and decideCancelSubscription refuse any step that would create one.
 *
 * Not counted as a violation (documented choices):
 * - an add-on the plan now includes (E3 + Phone System switched to E5): it is redundant, not forbidden; the
 *   switch lists it (redundantAddOns) and it can be cancelled;
 * - the act rules: they judge the moment of buying, and the tenant attributes they read (commitment, channel,
 *   cloud, country, policy) don't change through purchases, switches or assignments;
 * - Action Pack seats (commercial=false) of a plan the tenant left: they stay with the pack.
 */
import { isPlanSku, planIncludes } from "./catalog";
import { decideAddonOffer } from "./addon-offers";
import { deny } from "./reasons";
import { isRoomAddOnLicense } from "./rooms";
import { activeSeats, assignedSeats } from "./tenant";
import { ADDON_SKUS, type DenialCode, type Reason, type Remedy, type Result, type SkuPartNumber, type TenantSnapshot } from "./types";

/** Refusal codes that describe a combination the purchase rules forbid (see the module comment). */
const COMBINATION_CODES: readonly DenialCode[] = ["PLAN_SWITCH_REQUIRED", "PREREQUISITE_MISSING"];

export interface StateViolation {
  /** The owned subscription sku that the current plan or the other add-ons don't allow. */
  sku: SkuPartNumber;
  /** The purchase rule's refusal, as decideOffer would give it for buying `sku` now. */
  reason: Reason;
}

/** Every owned subscription the purchase rules would not allow in this state (empty = the state is valid). */
export function purchaseRuleViolations(s: TenantSnapshot): StateViolation[] {
  const out: StateViolation[] = [];
  for (const sku of ADDON_SKUS) {
    if (activeSeats(s, sku) === 0 || planIncludes(s.plan, sku)) continue;
    const offer = decideAddonOffer(s, sku);
    const reason = offer.reasons.find(
      (r) => COMBINATION_CODES.includes(r.code) || (r.code === "COUNTRY_NOT_AVAILABLE" && r.ruleId === "R-AC-E5N-a"),
    );
    if (reason) out.push({ sku, reason });
  }
  // Plan skus other than the tenant's plan: only room licenses (SBX-ROOM-SFB) and Action Pack seats.
  const otherPlans = new Set(
    s.subscriptions
      .filter((sub) => sub.status === "active" && sub.quantity > 0 && sub.commercial && isPlanSku(sub.sku) && sub.sku !== s.plan)
      .map((sub) => sub.sku),
  );
  for (const sku of otherPlans) {
    if (isRoomAddOnLicense(s.plan, sku)) continue;
    out.push({ sku, reason: deny("PLAN_SWITCH_REQUIRED", "SBX-ROOM-SFB", { details: { sku, plan: s.plan } }) });
  }
  return out;
}

/**
 * The violations and everything that would break once they are gone (credits carried by a Calling Plan that
 * has to go, for example): what must be removed to reach a valid state, in discovery order.
 */
export function violationClosure(s: TenantSnapshot): StateViolation[] {
  const out: StateViolation[] = [];
  let current = s;
  for (;;) {
    const found = purchaseRuleViolations(current).filter((v) => !out.some((o) => o.sku === v.sku));
    if (found.length === 0) return out;
    out.push(...found);
    const gone = new Set(found.map((v) => v.sku));
    current = {
      ...current,
      subscriptions: current.subscriptions.filter((sub) => !gone.has(sub.sku) || (isPlanSku(sub.sku) && sub.sku === current.plan)),
    };
  }
}

/** Dependents first, so that following the remedies in order works (credits, Calling Plans, then the rest). */
const CANCEL_ORDER: readonly SkuPartNumber[] = ["MCOPSTNC", "MCOPSTN1", "MCOPSTN2", "MCOEV", "MCOMEETADV", "EXCHANGEENTERPRISE"];

function cancelRank(sku: SkuPartNumber): number {
  const i = CANCEL_ORDER.indexOf(sku);
  return i < 0 ? CANCEL_ORDER.length : i;
}

/** Remedies that remove `skus` from a tenant: take the licenses off users where assigned, then cancel. */
export function removalRemedies(s: TenantSnapshot, skus: readonly SkuPartNumber[]): Remedy[] {
  const ordered = [...new Set(skus)].sort((a, b) => cancelRank(a) - cancelRank(b));
  return ordered.flatMap((sku): Remedy[] => [
    ...(assignedSeats(s, sku) > 0 ? [{ action: "unassign" as const, sku }] : []),
    { action: "cancelSubscription", sku },
  ]);
}

// ---------------------------------------------------------------- cancelling

export interface CancelDecision {
  subscriptionId: string;
  sku: SkuPartNumber;
  quantity: number;
  /** Cancelling the Communications Credits subscription turns credits off for the tenant. */
  disablesCredits: boolean;
  /** The rule ids that allowed the cancellation (audit trail). */
  allowedBy: string[];
}

/**
 * DELETE /tenants/{id}/subscriptions/{subscriptionId} (SBX-CANCEL). In order:
 *   NOT_FOUND            no active subscription with that id;
 *   VALIDATION_FAILED    the tenant's base plan (switch plans instead) or Action Pack seats (A-17, fixed by the pack);
 *   SEATS_IN_USE         (R-ASG-SEAT) the sku's assigned licenses wouldn't fit in the seats left after cancelling;
 *   DEPENDENCY_VIOLATION another owned add-on needs it (R-CP-1: a Calling Plan on Phone System; R-CC-2: credits on
 *                        Audio Conferencing, or on Phone System + a Calling Plan), i.e. the state after the
 *                        cancellation would break a purchase rule the state before kept.
 */
export function decideCancelSubscription(s: TenantSnapshot, subscriptionId: string): Result<CancelDecision> {
  const subscription = s.subscriptions.find((sub) => sub.id === subscriptionId && sub.status === "active");
  if (!subscription) return { ok: false, error: deny("NOT_FOUND", "SBX-CANCEL", { details: { subscriptionId } }) };
  const { sku } = subscription;
  if (sku === s.plan || !subscription.commercial) {
    return {
      ok: false,
      error: deny("VALIDATION_FAILED", "SBX-CANCEL", {
        details: { sku, subscriptionId, field: "subscriptionId", reason: sku === s.plan ? "basePlan" : "actionPackSeats" },
      }),
    };
  }
  const assigned = assignedSeats(s, sku);
  const seatsLeft = sku === "MCOPSTNC" ? 0 : activeSeats(s, sku) - subscription.quantity;
  if (assigned > seatsLeft) {
    return {
      ok: false,
      error: deny("SEATS_IN_USE", "R-ASG-SEAT", {
        remedies: [{ action: "unassign", sku }],
        details: { context: "cancel", sku, subscriptionId, assigned, seatsLeft },
      }),
    };
  }
  const after: TenantSnapshot = {
    ...s,
    subscriptions: s.subscriptions.filter((sub) => sub.id !== subscriptionId),
    creditsEnabled: sku === "MCOPSTNC" && activeSeats(s, "MCOPSTNC") - subscription.quantity <= 0 ? false : s.creditsEnabled,
  };
  const before = new Set(purchaseRuleViolations(s).map((v) => v.sku));
  const broken = purchaseRuleViolations(after).filter((v) => !before.has(v.sku));
  if (broken.length > 0) {
    const dependents = broken.map((v) => v.sku);
    return {
      ok: false,
      error: deny("DEPENDENCY_VIOLATION", broken[0].reason.ruleId, {
        remedies: removalRemedies(s, dependents),
        details: { context: "cancel", sku, subscriptionId, dependents },
      }),
    };
  }
  return {
    ok: true,
    value: {
      subscriptionId,
      sku,
      quantity: subscription.quantity,
      disablesCredits: s.creditsEnabled && !after.creditsEnabled,
      allowedBy: ["SBX-CANCEL", "R-ASG-SEAT"],
    },
  };
}
