/**
 * The purchase side of the rules engine: what each plan and add-on looks like to a tenant (an Offer),
 * whether a purchase may go ahead, and seat changes.
 *
 * Reasons are collected in the evaluation order of catalogue §9:
 *   1. tenant blocks (R-ADM-1, R-21V-1, R-GD-1, R-MC-1, R-PART-1)
 *   2. already included (ALREADY_INCLUDED)
 *   3. plan-family gates (R-PS-BP, R-CP-BP, R-PS-PP, R-CP-PP/S2, R-PS-S2, F-1, R-AC-E5N-a, R-AC-E5N-b)
 *   4. prerequisites (R-CP-1, R-CC-2)
 *   5. country gates on the TENANT's country (R-GEO-1, R-GEO-5, R-CC-5; R-GEO-2 / R-GEO-3 only under the
 *      policy callingPlanPurchaseCountry = "tenantCountry": by default the user's usage location decides, at assignment)
 * A refusal caused by a policy flag (catalogue §7) names it in details.policyFlag and offers a changePolicy remedy.
 * then non-blocking recommendations. ALL reasons are kept; the first is what a purchase answers.
 * A purchase that goes ahead also names the rules that ALLOWED it (`allowedBy`, same order; see allowingRules).
 *
 * Status invariant: "included" iff the plan includes the sku (even if other reasons are listed);
 * otherwise "blocked" iff there is at least one reason; otherwise "available".
 *
 * Not enforced (no data in the snapshot): R-EA-1 (Enterprise Agreement billing region).
 */
import { VOICE_SWITCH_TARGETS, isPlanSku, planIncludes } from "./catalog";
import { allowingRules, decideAddonOffer, makeOffer, switchTo, type Offer } from "./addon-offers";
import { decidePlanSwitch } from "./plan-switch";
import { deny } from "./reasons";
import { isRoomAddOnLicense } from "./rooms";
import { activeSeats, assignedSeats } from "./tenant";
import {
  ALL_SKUS,
  type PlanSku,
  type Reason,
  type Recommendation,
  type Result,
  type SkuPartNumber,
  type SubscriptionSnapshot,
  type TenantSnapshot,
} from "./types";

export type { Offer, OfferStatus } from "./addon-offers";
export { creditsPrerequisitesMet, CREDITS_DISPUTED_COUNTRIES } from "./addon-offers";

/** A-19 (defined with the catalog; plan-switch.ts cites it when a switch is allowed). */
export { VOICE_SWITCH_TARGETS };

/**
 * Plans: with no plan yet every plan can be bought (that is how R-ADM-1 is satisfied); the current plan
 * can take more seats; a plan the current one contains is included; any other plan is reached through
 * Switch plans (SBX-ONE-PLAN), refused with the switch's own reason when that switch isn't allowed.
 */
function decidePlanOffer(s: TenantSnapshot, sku: PlanSku): Offer {
  if (s.plan === null || s.plan === sku) return makeOffer(sku, false, [], []);
  // SBX-ROOM-SFB (catalogue §4.3): standalone SfB Plan 1 / Plan 2 are bought as licenses for meeting rooms on
  // Business Premium, ProPlus and SfB Plan 2 tenants; the tenant keeps its plan. Checked before "included":
  // Business Premium contains SfB Plan 2, but the room table asks for the standalone license.
  if (isRoomAddOnLicense(s.plan, sku)) return makeOffer(sku, false, [], []);
  if (planIncludes(s.plan, sku)) {
    return makeOffer(sku, true, [deny("ALREADY_INCLUDED", "SBX-ONE-PLAN", { details: { sku, plan: s.plan } })], []);
  }
  const reasons = [switchTo("SBX-ONE-PLAN", sku, s.plan, [sku])];
  const change = decidePlanSwitch(s, sku);
  if (!change.ok) reasons.push(change.error);
  return makeOffer(sku, false, reasons, []);
}

export function decideOffer(s: TenantSnapshot, sku: SkuPartNumber): Offer {
  return isPlanSku(sku) ? decidePlanOffer(s, sku) : decideAddonOffer(s, sku);
}

/** One offer per plan and add-on sku, in ALL_SKUS order. */
export function decideOffers(s: TenantSnapshot): Offer[] {
  return ALL_SKUS.map((sku) => decideOffer(s, sku));
}

// ---------------------------------------------------------------- purchases

export interface PurchaseRequest {
  sku: SkuPartNumber;
  /** Seats; required (integer >= 1) for every sku except MCOPSTNC, whose licenses are unlimited (R-CC-3). */
  quantity?: number;
}

export interface PurchaseDecision {
  sku: SkuPartNumber;
  /** 1 for MCOPSTNC (the credits subscription itself; funding is the credits engine's job). */
  quantity: number;
  /** Every purchase made in the console is commercial; only Action Pack seats are not. */
  commercial: true;
  /** Skus that were not available before and are available once this purchase is made. */
  unlocks: SkuPartNumber[];
  recommendations: Recommendation[];
  /** The rule ids that allowed the purchase, in §9 order (see allowingRules); never empty. */
  allowedBy: string[];
}

function validQuantity(q: unknown): q is number {
  return typeof q === "number" && Number.isSafeInteger(q) && q >= 1;
}

function quantityError(quantity: unknown): Reason {
  return deny("VALIDATION_FAILED", "SBX-QTY", { details: { quantity, field: "quantity" } });
}

/** The snapshot as it would be right after buying `quantity` of `sku`. */
export function applyPurchase(s: TenantSnapshot, sku: SkuPartNumber, quantity: number): TenantSnapshot {
  const subscription = { id: `pending-${sku}`, sku, quantity, commercial: true, status: "active" as const };
  return {
    ...s,
    plan: s.plan === null && isPlanSku(sku) ? sku : s.plan,
    subscriptions: [...s.subscriptions, subscription],
    creditsEnabled: s.creditsEnabled || sku === "MCOPSTNC",
  };
}

function unlockedBy(before: TenantSnapshot, after: TenantSnapshot): SkuPartNumber[] {
  const was = new Map(decideOffers(before).map((o) => [o.sku, o.status]));
  return decideOffers(after)
    .filter((o) => o.status === "available" && was.get(o.sku) !== "available")
    .map((o) => o.sku);
}

/** Agrees with decideOffer: ok iff the offer is "available" (and the quantity is valid); else reasons[0]. */
export function decidePurchase(s: TenantSnapshot, request: PurchaseRequest): Result<PurchaseDecision> {
  const { sku } = request;
  const quantity = sku === "MCOPSTNC" ? 1 : request.quantity;
  if (!validQuantity(quantity)) return { ok: false, error: quantityError(request.quantity) };
  const offer = decideOffer(s, sku);
  if (offer.status !== "available") return { ok: false, error: offer.reasons[0] };
  return {
    ok: true,
    value: {
      sku,
      quantity,
      commercial: true,
      unlocks: unlockedBy(s, applyPurchase(s, sku, quantity)),
      recommendations: offer.recommendations,
      allowedBy: allowingRules(s, sku),
    },
  };
}

// ---------------------------------------------------------------- seat changes

export interface SeatChangeDecision {
  subscriptionId: string;
  sku: SkuPartNumber;
  fromQuantity: number;
  toQuantity: number;
  /** Positive: seats bought; negative: seats released. */
  delta: number;
  /**
   * The rule ids that allowed the change: R-ASG-SEAT (assigned seats stay within the seats bought), then for
   * an increase the purchase's own allowedBy (adding seats is a purchase).
   */
  allowedBy: string[];
}

/**
 * Why a subscription's seat count can't be changed, or null when it can:
 * - R-CC-3: Communications Credits have no seat count (their licenses are unlimited; the balance is what changes);
 * - R-PART-1 / A-17: Action Pack seats (commercial=false) are fixed by the pack; more seats are a purchase.
 */
function seatCountLock(subscription: Pick<SubscriptionSnapshot, "sku" | "commercial"> & { id?: string }): Reason | null {
  if (subscription.sku === "MCOPSTNC") {
    return deny("VALIDATION_FAILED", "R-CC-3", { details: { sku: subscription.sku, field: "quantity" } });
  }
  if (!subscription.commercial) {
    return deny("PARTNER_E3_SEAT_REQUIRED", "R-PART-1", {
      remedies: [{ action: "purchase", sku: subscription.sku }],
      details: { sku: subscription.sku, subscriptionId: subscription.id, context: "actionPackSeats" },
    });
  }
  return null;
}

/**
 * Whether a subscription offers a seat count to change (the console shows the seat form only then).
 * False for Communications Credits (R-CC-3) and for Action Pack seats (R-PART-1); decideSeatChange refuses both.
 */
export function isSeatCountAdjustable(subscription: Pick<SubscriptionSnapshot, "sku" | "commercial">): boolean {
  return seatCountLock(subscription) === null;
}

/**
 * Changing a subscription's seat count. Reducing below the seats assigned across the sku is refused with
 * SEATS_IN_USE (R-ASG-SEAT: assigned never exceeds bought). Adding seats is a purchase and passes the same
 * gates as decidePurchase. Communications Credits have no seat count (R-CC-3).
 * `subscriptionId` picks one of several subscriptions of the sku; by default the first active one.
 */
export function decideSeatChange(
  s: TenantSnapshot,
  subscriptionSku: SkuPartNumber,
  newQuantity: number,
  subscriptionId?: string,
): Result<SeatChangeDecision> {
  // R-CC-3 is a property of the sku, so it answers before the quantity or the subscription is looked at.
  const creditsLock = seatCountLock({ sku: subscriptionSku, commercial: true });
  if (creditsLock) return { ok: false, error: creditsLock };
  if (!validQuantity(newQuantity)) return { ok: false, error: quantityError(newQuantity) };
  const candidates = s.subscriptions.filter((sub) => sub.sku === subscriptionSku && sub.status === "active");
  const subscription = subscriptionId === undefined ? candidates[0] : candidates.find((sub) => sub.id === subscriptionId);
  if (!subscription) return { ok: false, error: deny("NOT_FOUND", "SBX-QTY", { details: { sku: subscriptionSku, subscriptionId } }) };
  const lock = seatCountLock(subscription);
  if (lock) return { ok: false, error: lock };

  const delta = newQuantity - subscription.quantity;
  const value: SeatChangeDecision = {
    subscriptionId: subscription.id,
    sku: subscriptionSku,
    fromQuantity: subscription.quantity,
    toQuantity: newQuantity,
    delta,
    allowedBy: ["R-ASG-SEAT"],
  };
  if (delta < 0) {
    const otherSeats = activeSeats(s, subscriptionSku) - subscription.quantity;
    const assigned = assignedSeats(s, subscriptionSku);
    if (otherSeats + newQuantity < assigned) {
      const minimum = assigned - otherSeats;
      return {
        ok: false,
        error: deny("SEATS_IN_USE", "R-ASG-SEAT", { details: { sku: subscriptionSku, assigned, requested: newQuantity, minimum } }),
      };
    }
  }
  if (delta > 0) {
    const purchase = decidePurchase(s, { sku: subscriptionSku, quantity: delta });
    if (!purchase.ok) return purchase;
    value.allowedBy = [...new Set([...value.allowedBy, ...purchase.value.allowedBy])];
  }
  return { ok: true, value };
}
