/**
 * Switching a tenant's base plan ("Switch plans", catalogue R-AC-E5N-b, R-GD-1, A-19).
 *
 * Sandbox rules (SBX-PLAN-SWITCH), decided here because the docs only describe the targets, not the move:
 * - a tenant without a plan buys one instead (R-ADM-1); switching to the current plan is refused;
 * - Business Premium bought through GoDaddy may only move to Enterprise E3 sold by Microsoft, which takes the
 *   tenant out of GoDaddy (R-GD-1, F-2: "the E3 plan, which GoDaddy doesn't sell");
 * - an Action Pack partner may only carry seats it bought; Action Pack seats stay with the pack (R-PART-1, A-17);
 * - a switch that would take Phone System away while Calling Plans are assigned is refused (R-ASG-CP-PS), and one
 *   that would take Skype for Business Plan 2 away from users holding the Audio Conferencing add-on (SBX-ASG-AC-SFB);
 * - R-PS-BP and the other purchase rules (SBX-SWITCH-ADDONS): a switch to a plan that can't have an add-on the tenant
 *   owns (E3 with Phone System to Business Premium, E3 with Audio Conferencing to E5 without it, credits that would
 *   lose their prerequisite, room licenses on an Enterprise plan) is REFUSED, naming the purchase rule and, as
 *   remedies, the add-ons to take off users and cancel first. Chosen over removing them as part of the switch:
 *   removing paid add-ons and users' licenses as a side effect is destructive and hard to undo, a refusal
 *   changes nothing, and the remedies (unassign, cancel) are each a step the admin can see and check. With
 *   cancellation (state-rules.ts) every such switch stays reachable. See purchaseRuleViolations.
 * All seats of the current plan move to the target; add-ons the target includes become redundant.
 *
 * Which subscriptions move (`subscriptionIdsToMove`) and which assignments follow them
 * (`decideAssignmentsToMove`) are decided here too, so the service only reads and writes.
 */
import { SKU_CATALOG, VOICE_SWITCH_TARGETS, licensesProvide, planIncludes } from "./catalog";

export { VOICE_SWITCH_TARGETS };
import { deny } from "./reasons";
import { removalRemedies, violationClosure } from "./state-rules";
import { activeSeats, activeSubscriptions, assignedSeats } from "./tenant";
import {
  ADDON_SKUS,
  PLAN_SKUS,
  type Channel,
  type PlanSku,
  type Reason,
  type Result,
  type SkuPartNumber,
  type SubscriptionSnapshot,
  type TenantSnapshot,
} from "./types";

/** Plans whose voice gate sends the tenant to VOICE_SWITCH_TARGETS (R-PS-BP, R-PS-PP, R-PS-S2, F-1; A-19). */
const VOICE_GATED_PLANS: readonly PlanSku[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOSTANDARD", "MCOIMP"];

export interface PlanSwitch {
  from: PlanSku;
  to: PlanSku;
  /** Seats of the current plan that become seats of the target (the sum over `subscriptionIdsToMove`). */
  carriedSeats: number;
  /**
   * Subscriptions whose sku becomes the target: the active subscriptions of the current plan; for a partner
   * only the commercial ones, Action Pack seats stay with the pack (R-PART-1, A-17). Snapshot order.
   */
  subscriptionIdsToMove: string[];
  /** Add-ons the tenant has bought that the target plan already includes. */
  redundantAddOns: SkuPartNumber[];
  leavesGoDaddy: boolean;
  newChannel: Channel;
  /**
   * The rule ids that allowed the switch, in evaluation order (audit trail): R-GD-1 when leaving GoDaddy,
   * R-PART-1 when a partner carries bought seats, R-ASG-CP-PS when assigned Calling Plans keep their Phone
   * System, then what allows the target: R-AC-E5N-b (E5 without AC -> E5), A-19 (a voice-gated plan to an
   * Enterprise voice target), otherwise the sandbox rule SBX-PLAN-SWITCH.
   */
  allowedBy: string[];
}

export interface SwitchTarget {
  to: PlanSku;
  name: string;
  allowed: boolean;
  /** Why the switch is refused (absent when allowed). */
  reason?: Reason;
  /** What the target includes (catalog `includes`). */
  includes: string[];
  /** Target list price minus current list price, per seat per month, integer cents (illustrative prices). */
  perSeatMonthlyDifferenceCents: number;
  /** The per-seat difference times the seats that would be carried. */
  monthlyDifferenceCents: number;
}

/** Subscriptions that move with a switch: for partners only the commercial ones (R-PART-1, A-17). */
function movingSubscriptions(s: TenantSnapshot, from: PlanSku): SubscriptionSnapshot[] {
  return activeSubscriptions(s, from).filter((sub) => s.channel !== "partner" || sub.commercial);
}

/** Seats that move with a switch. */
function carriedSeats(s: TenantSnapshot, from: PlanSku): number {
  return movingSubscriptions(s, from).reduce((sum, sub) => sum + sub.quantity, 0);
}

function redundantAddOns(s: TenantSnapshot, to: PlanSku): SkuPartNumber[] {
  return ADDON_SKUS.filter((sku) => activeSeats(s, sku) > 0 && planIncludes(to, sku));
}

/** R-ASG-CP-PS: Calling Plans assigned beyond the Phone System add-on seats rely on the plan's Phone System. */
function losesPhoneSystemForCallingPlans(s: TenantSnapshot, from: PlanSku, to: PlanSku): boolean {
  if (!planIncludes(from, "MCOEV") || planIncludes(to, "MCOEV")) return false;
  return callingPlanUsers(s) > activeSeats(s, "MCOEV");
}

/** SBX-ASG-AC-SFB: users holding the AC add-on whose Skype for Business Plan 2 came from the plan, to a plan without it. */
function losesSkypeForAudioConferencing(s: TenantSnapshot, from: PlanSku, to: PlanSku): boolean {
  if (!licensesProvide([from], "skypeForBusinessPlan2") || licensesProvide([to], "skypeForBusinessPlan2")) return false;
  return assignedSeats(s, "MCOMEETADV") > assignedSeats(s, "MCOSTANDARD");
}

/** The state right after the switch: the moving subscriptions become the target plan. */
export function switched(s: TenantSnapshot, from: PlanSku, to: PlanSku): TenantSnapshot {
  const moving = new Set(movingSubscriptions(s, from).map((sub) => sub.id));
  return { ...s, plan: to, subscriptions: s.subscriptions.map((sub) => (moving.has(sub.id) ? { ...sub, sku: to } : sub)) };
}

function callingPlanUsers(s: TenantSnapshot): number {
  return assignedSeats(s, "MCOPSTN1") + assignedSeats(s, "MCOPSTN2");
}

/** The rules that allowed a switch that passed every check (see PlanSwitch.allowedBy). */
function switchAllowedBy(s: TenantSnapshot, from: PlanSku, to: PlanSku, leavesGoDaddy: boolean): string[] {
  const ids: string[] = [];
  if (leavesGoDaddy) ids.push("R-GD-1");
  if (s.channel === "partner") ids.push("R-PART-1");
  // The R-ASG-CP-PS check had something to protect (Calling Plans relying on the current plan's Phone System) and passed.
  if (planIncludes(from, "MCOEV") && callingPlanUsers(s) > 0) ids.push("R-ASG-CP-PS");
  if (from === "ENTERPRISEPREMIUM_NOPSTNCONF" && to === "ENTERPRISEPREMIUM") ids.push("R-AC-E5N-b");
  else if (VOICE_GATED_PLANS.includes(from) && VOICE_SWITCH_TARGETS.includes(to)) ids.push("A-19");
  else ids.push("SBX-PLAN-SWITCH");
  return ids;
}

export function decidePlanSwitch(s: TenantSnapshot, to: PlanSku): Result<PlanSwitch> {
  const from = s.plan;
  if (from === null) {
    return {
      ok: false,
      error: deny("NO_BASE_PLAN", "R-ADM-1", { remedies: [{ action: "purchase", sku: to }], details: { sku: to, context: "planSwitch" } }),
    };
  }
  if (to === from) {
    return { ok: false, error: deny("VALIDATION_FAILED", "SBX-PLAN-SWITCH", { details: { sku: to, context: "planSwitch" } }) };
  }
  const goDaddyBusinessPremium = s.channel === "godaddy" && from === "O365_BUSINESS_PREMIUM";
  if (goDaddyBusinessPremium && to !== "ENTERPRISEPACK") {
    return {
      ok: false,
      error: deny("RESELLER_GODADDY", "R-GD-1", {
        remedies: [{ action: "switchPlan", to: ["ENTERPRISEPACK"] }],
        details: { sku: to, context: "planSwitch" },
      }),
    };
  }
  const seats = carriedSeats(s, from);
  if (s.channel === "partner" && seats === 0) {
    return {
      ok: false,
      error: deny("PARTNER_E3_SEAT_REQUIRED", "R-PART-1", {
        remedies: [{ action: "purchase", sku: "ENTERPRISEPACK" }],
        details: { sku: to, context: "planSwitch" },
      }),
    };
  }
  if (losesPhoneSystemForCallingPlans(s, from, to)) {
    return {
      ok: false,
      error: deny("DEPENDENCY_VIOLATION", "R-ASG-CP-PS", {
        remedies: [{ action: "purchase", sku: "MCOEV" }],
        details: { sku: to, from, context: "planSwitch" },
      }),
    };
  }
  if (losesSkypeForAudioConferencing(s, from, to)) {
    return {
      ok: false,
      error: deny("DEPENDENCY_VIOLATION", "SBX-ASG-AC-SFB", {
        remedies: [{ action: "unassign", sku: "MCOMEETADV" }],
        details: { sku: to, from, context: "planSwitch", addOns: ["MCOMEETADV"] },
      }),
    };
  }
  const violations = violationClosure(switched(s, from, to));
  if (violations.length > 0) {
    const addOns = violations.map((v) => v.sku);
    return {
      ok: false,
      error: deny("DEPENDENCY_VIOLATION", violations[0].reason.ruleId, {
        remedies: removalRemedies(s, addOns),
        details: {
          sku: to,
          from,
          context: "planSwitch",
          addOns,
          rules: violations.map((v) => v.reason.ruleId),
          guard: "SBX-SWITCH-ADDONS",
        },
      }),
    };
  }
  return {
    ok: true,
    value: {
      from,
      to,
      carriedSeats: seats,
      subscriptionIdsToMove: movingSubscriptions(s, from).map((sub) => sub.id),
      redundantAddOns: redundantAddOns(s, to),
      leavesGoDaddy: goDaddyBusinessPremium,
      newChannel: goDaddyBusinessPremium ? "direct" : s.channel,
      allowedBy: switchAllowedBy(s, from, to, goDaddyBusinessPremium),
    },
  };
}

/** Every other plan, with whether the switch is allowed and what it changes in price. Empty without a plan. */
export function listSwitchTargets(s: TenantSnapshot): SwitchTarget[] {
  const from = s.plan;
  if (from === null) return [];
  const seats = carriedSeats(s, from);
  return PLAN_SKUS.filter((p) => p !== from).map((to) => {
    const decision = decidePlanSwitch(s, to);
    const perSeat = SKU_CATALOG[to].monthlyPriceCents - SKU_CATALOG[from].monthlyPriceCents;
    const target: SwitchTarget = {
      to,
      name: SKU_CATALOG[to].name,
      allowed: decision.ok,
      includes: [...SKU_CATALOG[to].includes],
      perSeatMonthlyDifferenceCents: perSeat,
      monthlyDifferenceCents: perSeat * seats,
    };
    if (!decision.ok) target.reason = decision.error;
    return target;
  });
}

/** A user's assignment of the current plan, as the plan switch sees it. */
export interface PlanHolder {
  /** The assignment's id. */
  id: string;
  userId: string;
  /** The same user also holds the target plan already. */
  alsoHoldsTarget: boolean;
}

/** Assignment ids to re-point to the target plan (`move`) and to delete (`drop`); the rest stay as they are. */
export interface AssignmentMoves {
  move: string[];
  drop: string[];
}

/**
 * Which users keep a license when the plan is switched (SBX-PLAN-SWITCH). `holders` are the assignments of
 * the current plan, OLDEST FIRST: that order decides who keeps a license when there are more holders than
 * carried seats.
 *
 * - A holder who already holds the target plan loses the old license (`drop`) and keeps the target license
 *   they have. That takes none of the carried seats: their target license already sits on a target seat, and
 *   a user needs one license of a plan, not two. This holds wherever the holder is in the order.
 * - The other holders, oldest first, move to the target (`move`) until the carried seats are used up.
 * - Anyone left keeps the old license: for a partner these are the Action Pack seats, which stay with the
 *   pack (R-PART-1, A-17); for other tenants there are no more holders than seats unless the data is
 *   already inconsistent.
 * Every id appears at most once across `move` and `drop`. `carriedSeats` below 0 counts as 0.
 */
export function decideAssignmentsToMove(holders: readonly PlanHolder[], carriedSeats: number): AssignmentMoves {
  const move: string[] = [];
  const drop: string[] = [];
  const seen = new Set<string>();
  for (const holder of holders) {
    if (seen.has(holder.id)) continue;
    seen.add(holder.id);
    if (holder.alsoHoldsTarget) drop.push(holder.id);
    else if (move.length < carriedSeats) move.push(holder.id);
  }
  return { move, drop };
}
