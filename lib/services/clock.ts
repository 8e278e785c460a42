import "server-only";
import { findTenantClock } from "@/lib/data/tenants";
import { createAuditEvent } from "@/lib/data/audit";
import {
  ensureCreditsAccount,
  findAllLots,
  findRenewableSubscriptions,
  updateSubscriptionRenewal,
  updateTenantClockIfUnchanged,
} from "@/lib/data/credits";
import type { Tx } from "@/lib/data/db";
import { advanceClock as advanceInstant, monthBoundariesBetween, toEpochMs } from "@/lib/domain/clock";
import { decideExpiry, type CreditLot } from "@/lib/domain/credit-lots";
import { decideRenewals, findExpiringLots } from "@/lib/domain/credits-clock";
import { formatUsd, formatUsdDisplay } from "@/lib/domain/money";
import { isSkuPartNumber, SKU_CATALOG } from "@/lib/domain/catalog";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";
import { settle } from "./credits/ledger";
import { concurrentUpdate, runGuarded } from "./transaction";
import { raiseNotifications } from "./notifications";

export type ClockEventType = "poolsReset" | "fundsExpired" | "subscriptionRenewed" | "autoRecharged" | "autoRechargeFailed";

export interface ClockEvent {
  type: ClockEventType;
  at: string;
  description: string;
  details: Record<string, unknown>;
}

function skuName(sku: string): string {
  return isSkuPartNumber(sku) ? SKU_CATALOG[sku].name : sku;
}

function monthLabel(iso: string): string {
  return new Date(iso).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}

function toDomainLots(rows: Awaited<ReturnType<typeof findAllLots>>): CreditLot[] {
  return rows.map((l) => ({ id: l.id, addedAt: l.addedAt.toISOString(), amountCents: l.amountCents, remainingCents: l.remainingCents }));
}

/**
 * Expires, at each expiry date in turn, the funds whose 12 months are up (AF:58, oldest first), as one
 * negative `expiry` ledger entry per date; an expiry that takes the balance below the trigger can recharge.
 * The next date is looked up again after each expiry: the lot such a recharge opens expires 12 months later,
 * which may still be before `to`.
 */
async function expireFunds(tx: Tx, access: TenantAccess, to: Date, events: ClockEvent[]): Promise<void> {
  const tenantId = access.tenantId;
  const actor = { accountId: access.actor.accountId, email: access.actor.email };
  for (;;) {
    const rows = await findAllLots(tx, tenantId);
    const lots = toDomainLots(rows);
    const at = findExpiringLots(lots, to.toISOString())[0]?.expiresAt;
    if (at === undefined) break;
    const decision = decideExpiry(lots, at);
    if (decision.totalExpiredCents === 0) break; // cannot happen (the lot found has funds left); never loop on it
    const byId = new Map(rows.map((l) => [l.id, l.remainingCents]));
    const account = await ensureCreditsAccount(tx, tenantId);
    const when = new Date(at);
    const result = await settle({ tx, tenantId, now: when, actor }, account, {
      event: "charge",
      debit: {
        type: "expiry",
        chargeCents: decision.totalExpiredCents,
        description: "Unused funds expired 12 months after they were added",
        lotChanges: decision.expired.map((e) => ({ lotId: e.lotId, expectedRemaining: byId.get(e.lotId) ?? 0, remainingCents: 0 })),
      },
    });
    await raiseNotifications(tx, tenantId, when, ["fundsExpired"], {
      amountCents: decision.totalExpiredCents,
      lots: decision.expired.length,
    });
    await createAuditEvent(tx, {
      tenantId,
      actor,
      action: "credits.expiry",
      target: "MCOPSTNC",
      outcome: "success",
      details: { amount: formatUsd(decision.totalExpiredCents), lots: decision.expired.map((e) => e.lotId), sandboxTime: at },
    });
    events.push({
      type: "fundsExpired",
      at,
      description: `${formatUsdDisplay(decision.totalExpiredCents)} of unused Communications Credits expired.`,
      details: { amount: formatUsd(decision.totalExpiredCents), lots: decision.expired.length, balance: formatUsd(result.balanceCents) },
    });
    if (result.autoRecharged || result.rechargeFailed) events.push(rechargeEvent(at, result));
  }
}

function rechargeEvent(
  at: string,
  r: { autoRecharged: boolean; rechargeFailed: string | null; rechargeAmountCents: number; balanceCents: number },
): ClockEvent {
  return r.autoRecharged
    ? {
        type: "autoRecharged",
        at,
        description: `Auto-recharge added ${formatUsdDisplay(r.rechargeAmountCents)}.`,
        details: { amount: formatUsd(r.rechargeAmountCents), balance: formatUsd(r.balanceCents) },
      }
    : { type: "autoRechargeFailed", at, description: "Auto-recharge was tried again and failed.", details: { reason: r.rechargeFailed } };
}

/**
 * POST /clock/advance: moves the tenant's sandbox clock forward by whole days and plays what happens on the
 * way, oldest first: minute pools reset at each month boundary (A-13: usage is kept per month, so the new
 * month starts empty), funds expire 12 months after they were added, subscriptions renew, and a failed
 * auto-recharge whose back-off has passed is tried again. The clock itself only moves if nobody moved it
 * meanwhile (guarded write).
 */
export async function advanceTenantClock(access: TenantAccess, days: number): Promise<{ now: string; events: ClockEvent[] }> {
  assertCan(access, "clock:advance");
  const tenantId = access.tenantId;
  const actor = { accountId: access.actor.accountId, email: access.actor.email };
  return runGuarded(async (tx) => {
    const from = await findTenantClock(tx, tenantId);
    if (!from) throw AppError.notFound("That tenant");
    const to = new Date(advanceInstant(from.toISOString(), days));
    const events: ClockEvent[] = [];

    for (const boundary of monthBoundariesBetween(from.toISOString(), to.toISOString())) {
      events.push({
        type: "poolsReset",
        at: boundary,
        description: `Calling Plan minute pools start again for ${monthLabel(boundary)}.`,
        details: { month: boundary.slice(0, 7) },
      });
    }

    await expireFunds(tx, access, to, events);

    const subs = await findRenewableSubscriptions(tx, tenantId, to);
    const renewals = decideRenewals(
      subs.map((s) => ({ id: s.id, term: s.term, renewsAt: s.renewsAt.toISOString(), termStartedAt: s.createdAt.toISOString() })),
      to.toISOString(),
    );
    const lastNext = new Map<string, string>();
    for (const r of renewals) {
      const sub = subs.find((s) => s.id === r.subscriptionId)!;
      lastNext.set(r.subscriptionId, r.nextRenewsAt);
      await createAuditEvent(tx, {
        tenantId,
        actor,
        action: "subscription.renew",
        target: sub.sku,
        outcome: "success",
        details: { subscriptionId: sub.id, term: sub.term, quantity: sub.quantity, renewedAt: r.renewedAt, renewsAt: r.nextRenewsAt },
      });
      events.push({
        type: "subscriptionRenewed",
        at: r.renewedAt,
        description: `${skuName(sub.sku)} (${sub.quantity} ${sub.quantity === 1 ? "seat" : "seats"}) renewed for another ${sub.term === "monthly" ? "month" : "year"}.`,
        details: { subscriptionId: sub.id, sku: sub.sku, term: sub.term, renewsAt: r.nextRenewsAt },
      });
    }
    for (const [id, next] of lastNext) await updateSubscriptionRenewal(tx, tenantId, id, new Date(next));

    // A recharge that failed earlier is retried once its back-off is over (decideAutoRecharge "tick").
    const account = await ensureCreditsAccount(tx, tenantId);
    if (account.enabled && account.consecutiveFailures > 0) {
      const retry = await settle({ tx, tenantId, now: to, actor }, account, { event: "tick" });
      if (retry.autoRecharged || retry.rechargeFailed) events.push(rechargeEvent(to.toISOString(), retry));
    }

    if (!(await updateTenantClockIfUnchanged(tx, tenantId, from, to))) throw concurrentUpdate();
    events.sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at));
    await createAuditEvent(tx, {
      tenantId,
      actor,
      action: "clock.advance",
      target: `${days} ${days === 1 ? "day" : "days"}`,
      outcome: "success",
      details: { from: from.toISOString(), to: to.toISOString(), events: events.map((e) => e.type) },
    });
    return { now: to.toISOString(), events };
  });
}
