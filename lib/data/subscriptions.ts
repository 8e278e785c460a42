import "server-only";
import type { Tx } from "./db";

/** Cancelling an add-on subscription (SBX-CANCEL): the row goes; credits are turned off when it was theirs. */
export async function deleteSubscription(tx: Tx, tenantId: string, subscriptionId: string, disablesCredits: boolean): Promise<void> {
  await tx.subscription.delete({ where: { id: subscriptionId, tenantId } });
  if (disablesCredits) await tx.creditsAccount.updateMany({ where: { tenantId }, data: { enabled: false, autoRechargeEnabled: false } });
}

/** The sku of one of the tenant's subscriptions, or null. */
export async function findSubscriptionSku(tx: Tx, tenantId: string, subscriptionId: string): Promise<string | null> {
  const row = await tx.subscription.findFirst({ where: { id: subscriptionId, tenantId }, select: { sku: true } });
  return row?.sku ?? null;
}
