import "server-only";
import { inTenantTransaction } from "./transaction";
import { getDb, type Tx } from "@/lib/data/db";
import {
  findAssignmentsOfSku,
  findPurchase,
  findSubscription,
  findUsersHolding,
  insertPurchase,
  insertSubscription,
  moveToSku,
  updateSubscriptionQuantity,
  updateTenantPlan,
} from "@/lib/data/purchases";
import { createAuditEvent } from "@/lib/data/audit";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import { formatUsd } from "@/lib/domain/money";
import { auditRuleIds } from "@/lib/domain/rule-index";
import { decideOffers, decidePurchase, decideSeatChange, type Offer } from "@/lib/domain/offers";
import { decideAssignmentsToMove, decidePlanSwitch, listSwitchTargets } from "@/lib/domain/plan-switch";
import type { PlanSku, SkuPartNumber, TenantSnapshot } from "@/lib/domain/types";
import { isCreditsPurchase, type PurchaseInput } from "@/lib/validation/purchases";
import type { PurchaseResult, SwitchTargetView, TenantState } from "@/lib/validation/responses";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "./audit";
import { openCreditsAccount } from "./credits/sign-up";
import { recordFaultDecline } from "./faults";
import { AppError } from "@/lib/domain/errors";
import { withIdempotency, type Idempotent } from "./idempotency";
import { actorOf, addTerm, snapshotOf, snapshotWithClockOf, unwrap } from "./support";
import { getTenantState } from "./tenants";

// ---------------------------------------------------------------- offers

/** GET /tenants/{id}/offers: one offer per plan and add-on sku, decided by the rules engine. */
/**
 * Offers are a pure function of the snapshot (decideOffers), and the offers page and API ask the same question of
 * an unchanged tenant again and again: the last few hundred answers are kept, keyed by the snapshot itself (its
 * JSON: a few microseconds, against a fifth of a millisecond to decide). Nothing here can go stale: a changed
 * tenant is a different key.
 */
const offersBySnapshot = new Map<string, Offer[]>();

function offersOf(snapshot: TenantSnapshot): Offer[] {
  const key = JSON.stringify(snapshot);
  const known = offersBySnapshot.get(key);
  if (known) return known;
  // Shared between requests, so frozen: a caller that tried to change one would throw instead of corrupting the cache.
  const offers = deepFreeze(decideOffers(snapshot));
  if (offersBySnapshot.size >= 300) offersBySnapshot.delete(offersBySnapshot.keys().next().value as string);
  offersBySnapshot.set(key, offers);
  return offers;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export async function getOffers(access: TenantAccess): Promise<Offer[]> {
  assertCan(access, "billing:read");
  return offersOf((await snapshotWithClockOf(getDb(), access.tenantId, { merged: true })).snapshot);
}

export async function getSwitchTargets(access: TenantAccess): Promise<{ current: PlanSku | null; targets: SwitchTargetView[] }> {
  assertCan(access, "billing:read");
  const snapshot = await snapshotOf(getDb(), access.tenantId);
  const assignedOnPlan = snapshot.plan ? (snapshot.assignedCounts[snapshot.plan] ?? 0) : 0;
  const targets = listSwitchTargets(snapshot).map((t) => {
    const d = decidePlanSwitch(snapshot, t.to);
    return {
      ...t,
      effect: d.ok
        ? {
            carriedSeats: d.value.carriedSeats,
            usersMoving: Math.min(assignedOnPlan, d.value.carriedSeats),
            redundantAddOns: d.value.redundantAddOns,
            leavesGoDaddy: d.value.leavesGoDaddy,
          }
        : null,
    };
  });
  return { current: snapshot.plan, targets };
}

/** The checkout page, from one snapshot: the sku's offer and, when it can be bought, what one seat would unlock. */
export async function getCheckout(access: TenantAccess, sku: SkuPartNumber): Promise<{ offer: Offer; unlocks: SkuPartNumber[] }> {
  assertCan(access, "billing:read");
  const snapshot = await snapshotOf(getDb(), access.tenantId);
  const offer = decideOffers(snapshot).find((o) => o.sku === sku);
  if (!offer) throw AppError.notFound("That offer");
  const preview = offer.status === "available" ? decidePurchase(snapshot, { sku, quantity: 1 }) : null;
  return { offer, unlocks: preview?.ok ? preview.value.unlocks : [] };
}

// ---------------------------------------------------------------- purchases

async function performPurchase(tx: Tx, access: TenantAccess, input: PurchaseInput): Promise<PurchaseResult> {
  const tenantId = access.tenantId;
  // Subscriptions merged by the database (withMergedSubscriptions in SQL): a purchase decides the same on them
  // (offers.property.test.ts), and its cost doesn't grow with every purchase the tenant made before.
  const { snapshot, now } = await snapshotWithClockOf(tx, tenantId, { merged: true });
  const credits = isCreditsPurchase(input) ? input : null;
  const quantity = credits ? 1 : (input as { quantity: number }).quantity;
  const decision = unwrap(decidePurchase(snapshot, { sku: input.sku as SkuPartNumber, quantity }));
  const term = snapshot.commitment === "monthly" ? "monthly" : "annual";

  let amountCents: number | null = null;
  if (credits) {
    // Sign-up: the credits account opens with its first funding lot (expires 12 months after purchase, AF:58).
    amountCents = (await openCreditsAccount(tx, { tenantId, now, actor: actorOf(access), policy: snapshot.policy, input: credits }))
      .amountCents;
  }

  const subscription = await insertSubscription(tx, tenantId, {
    sku: decision.sku,
    quantity: decision.quantity,
    commercial: true,
    term,
    createdAt: now,
    renewsAt: addTerm(now, term),
  });
  if (snapshot.plan === null && SKU_CATALOG[decision.sku].kind === "plan") await updateTenantPlan(tx, tenantId, decision.sku);
  const unitPriceCents = SKU_CATALOG[decision.sku].monthlyPriceCents;
  const purchase = await insertPurchase(tx, tenantId, {
    sku: decision.sku,
    quantity: decision.quantity,
    unitPriceCents,
    amountCents,
    subscriptionId: subscription.id,
    actorEmail: access.actor.email,
    at: now,
  });
  await createAuditEvent(tx, {
    tenantId,
    actor: actorOf(access),
    action: "purchase",
    target: decision.sku,
    outcome: "success",
    ruleIds: auditRuleIds(decision.allowedBy, decision.recommendations),
    details: { quantity: decision.quantity, amount: amountCents === null ? undefined : formatUsd(amountCents), unlocks: decision.unlocks },
  });
  const monthly = unitPriceCents * decision.quantity;
  return {
    purchase: {
      id: purchase.id,
      sku: decision.sku,
      name: SKU_CATALOG[decision.sku].name,
      quantity: decision.quantity,
      unitPrice: formatUsd(unitPriceCents),
      monthlyTotal: formatUsd(monthly),
      annualTotal: formatUsd(monthly * 12),
      amount: amountCents === null ? null : formatUsd(amountCents),
      at: purchase.at.toISOString(),
    },
    subscription: {
      id: subscription.id,
      sku: subscription.sku,
      quantity: subscription.quantity,
      status: subscription.status,
      term: subscription.term,
      renewsAt: subscription.renewsAt.toISOString(),
    },
    unlocks: decision.unlocks,
    recommendations: decision.recommendations,
  };
}

/**
 * POST /tenants/{id}/purchases. Decide, then write, in one transaction. With an Idempotency-Key the
 * result is stored in the same transaction: a retry or a double-click gets the first result back.
 */
export async function purchase(access: TenantAccess, input: PurchaseInput, idempotencyKey?: string): Promise<Idempotent<PurchaseResult>> {
  assertCan(access, "billing:purchase");
  try {
    return await auditRefusals(access, "purchase", input.sku, () =>
      withIdempotency({ tenantId: access.tenantId, scope: "purchase", key: idempotencyKey, request: input }, (tx) =>
        performPurchase(tx, access, input),
      ),
    );
  } catch (err) {
    // SBX-FAULT-DECLINE: the sign-up funding of Communications Credits was declined by the sandbox faults.
    await recordFaultDecline(access, err, "purchase MCOPSTNC (sign-up funding)");
    throw err;
  }
}

/** One past purchase, for the result page. */
export async function getPurchase(access: TenantAccess, purchaseId: string) {
  assertCan(access, "billing:read");
  const row = await findPurchase(getDb(), access.tenantId, purchaseId);
  if (!row) throw AppError.notFound("That purchase");
  const monthly = row.unitPriceCents * row.quantity;
  return {
    id: row.id,
    sku: row.sku,
    quantity: row.quantity,
    unitPrice: formatUsd(row.unitPriceCents),
    monthlyTotal: formatUsd(monthly),
    annualTotal: formatUsd(monthly * 12),
    amount: row.amountCents === null ? null : formatUsd(row.amountCents),
    at: row.at.toISOString(),
    actor: row.actorEmail,
  };
}

// ---------------------------------------------------------------- seats

/** PATCH /tenants/{id}/subscriptions/{subscriptionId}: add seats, or remove unassigned ones. */
export async function changeSeats(
  access: TenantAccess,
  subscriptionId: string,
  quantity: number,
): Promise<TenantState["subscriptions"][number]> {
  assertCan(access, "billing:seats");
  const db = getDb();
  const found = await findSubscription(db, access.tenantId, subscriptionId);
  if (!found) throw AppError.notFound("That subscription");
  return auditRefusals(access, "subscription.seats", found.sku, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      // Read again inside the transaction: a reset or plan switch may have removed or changed it since.
      const sub = await findSubscription(tx, access.tenantId, subscriptionId);
      if (!sub) throw AppError.notFound("That subscription");
      const snapshot = await snapshotOf(tx, access.tenantId);
      const decision = unwrap(decideSeatChange(snapshot, sub.sku as SkuPartNumber, quantity, sub.id));
      await updateSubscriptionQuantity(tx, access.tenantId, sub.id, quantity);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: "subscription.seats",
        target: sub.sku,
        outcome: "success",
        ruleIds: auditRuleIds(decision.allowedBy),
        details: { from: decision.fromQuantity, to: decision.toQuantity },
      });
      const state = await getTenantState(access, tx);
      return state.subscriptions.find((s) => s.id === sub.id)!;
    }),
  );
}

// ---------------------------------------------------------------- plan switches

/** The tenant after the switch (as api.md says), plus what the switch did. */
export interface SwitchResult extends TenantState {
  switch: { from: PlanSku; to: PlanSku; carriedSeats: number; redundantAddOns: SkuPartNumber[]; leftGoDaddy: boolean };
}

/**
 * POST /tenants/{id}/switch-plan. The seats of the current plan (for a partner, the ones it bought) become
 * seats of the target, and the users holding them keep a license, now of the target plan.
 */
export async function switchPlan(access: TenantAccess, to: PlanSku): Promise<SwitchResult> {
  assertCan(access, "billing:switchPlan");
  return auditRefusals(access, "plan.switch", to, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      const tenantId = access.tenantId;
      const snapshot = await snapshotOf(tx, tenantId);
      const decision = unwrap(decidePlanSwitch(snapshot, to));
      // Who keeps a license is decided by the domain (decideAssignmentsToMove); read the holders, oldest first.
      const assignments = await findAssignmentsOfSku(tx, tenantId, decision.from);
      const holdsTarget = await findUsersHolding(
        tx,
        tenantId,
        to,
        assignments.map((a) => a.userId),
      );
      const moves = decideAssignmentsToMove(
        assignments.map((a) => ({ id: a.id, userId: a.userId, alsoHoldsTarget: holdsTarget.has(a.userId) })),
        decision.carriedSeats,
      );
      await moveToSku(tx, tenantId, to, {
        subscriptionIds: decision.subscriptionIdsToMove,
        assignmentIds: moves.move,
        dropAssignmentIds: moves.drop,
      });
      await updateTenantPlan(tx, tenantId, to, decision.newChannel);
      await createAuditEvent(tx, {
        tenantId,
        actor: actorOf(access),
        action: "plan.switch",
        target: `${decision.from} -> ${to}`,
        outcome: "success",
        ruleIds: auditRuleIds(decision.allowedBy),
        details: {
          carriedSeats: decision.carriedSeats,
          movedUsers: moves.move.length,
          alreadyOnTarget: moves.drop.length,
          redundantAddOns: decision.redundantAddOns,
        },
      });
      return {
        ...(await getTenantState(access, tx)),
        switch: {
          from: decision.from,
          to,
          carriedSeats: decision.carriedSeats,
          redundantAddOns: decision.redundantAddOns,
          leftGoDaddy: decision.leavesGoDaddy,
        },
      };
    }),
  );
}
