/**
 * A tenant's situation changes (PATCH /tenants/{id}: channel, commitment) and what they do to the
 * subscriptions it already has. Pure: the caller writes the updates in the same transaction as the change.
 *
 * Channel (R-PART-1, A-17):
 * - Becoming a partner: a partner's Enterprise E3 comes with its Action Pack, so every E3 subscription of a
 *   tenant on the E3 plan becomes Action Pack seats (commercial=false), as for a tenant created as a partner.
 *   The snapshot can't tell the plan's first subscription from E3 seats bought later (before the move all of
 *   them are commercial), so all of them go to the pack; buying one E3 seat afterwards unlocks add-ons again.
 *   Other plans and add-ons are not part of an Action Pack and stay commercial.
 * - Leaving the partner channel: there is no Action Pack outside it, so every Action Pack subscription
 *   becomes a commercial one.
 * - Any other move (direct <-> GoDaddy, or the same channel again) changes no subscription.
 *
 * Commitment (R-MC-1, R-MC-2): a subscription's term follows the tenant's commitment, so a change sets every
 * subscription's term (active or suspended) to it. The renewal date is not moved: the new term applies from
 * the next renewal. Sending the current commitment again changes nothing.
 */
import type { Channel, Commitment, SkuPartNumber, TenantSnapshot } from "./types";

/** The plan whose seats a partner's Action Pack provides (R-PART-1: "The E3 plan is part of your Action Pack"). */
export const ACTION_PACK_SKU: SkuPartNumber = "ENTERPRISEPACK";

/** Whether a tenant on `channel` gets the seats of `sku` from its Action Pack rather than a purchase (R-PART-1, A-17). */
export function comesWithActionPack(channel: Channel, sku: SkuPartNumber): boolean {
  return channel === "partner" && sku === ACTION_PACK_SKU;
}

export interface SituationChange {
  channel?: Channel;
  commitment?: Commitment;
}

export interface SubscriptionUpdate {
  id: string;
  /** Present when the subscription moves between commercial and Action Pack seats. */
  commercial?: boolean;
  /** Present when the subscription's term follows a new commitment. */
  term?: Commitment;
}

export interface SituationDecision {
  /** One entry per subscription that changes, in snapshot order; only the fields that change are present. */
  subscriptionUpdates: SubscriptionUpdate[];
  /** The rules behind the updates, for the audit trail (empty when nothing changes). */
  ruleIds: string[];
}

export function decideSituationChange(snapshot: TenantSnapshot, change: SituationChange): SituationDecision {
  const updates = new Map<string, SubscriptionUpdate>();
  const ruleIds = new Set<string>();
  const update = (id: string, patch: Omit<SubscriptionUpdate, "id">) => updates.set(id, { ...(updates.get(id) ?? { id }), ...patch });

  const channel = change.channel ?? snapshot.channel;
  if (channel !== snapshot.channel) {
    const becomesPartner = channel === "partner";
    for (const sub of snapshot.subscriptions) {
      // R-PART-1 / A-17: the pack brings the E3 plan's seats; outside the partner channel there is no pack.
      const commercial = becomesPartner ? !(snapshot.plan === ACTION_PACK_SKU && comesWithActionPack(channel, sub.sku)) : true;
      if (commercial !== sub.commercial) {
        update(sub.id, { commercial });
        ruleIds.add("R-PART-1").add("A-17");
      }
    }
  }

  const commitment = change.commitment ?? snapshot.commitment;
  if (commitment !== snapshot.commitment) {
    // R-MC-1 / R-MC-2: the commitment is the subscriptions' term.
    for (const sub of snapshot.subscriptions) update(sub.id, { term: commitment });
    if (snapshot.subscriptions.length > 0) ruleIds.add("R-MC-1");
  }

  const order = snapshot.subscriptions.map((sub) => sub.id);
  return {
    subscriptionUpdates: [...updates.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    ruleIds: [...ruleIds],
  };
}
