import "server-only";
import { inTenantTransaction } from "./transaction";
import { getDb } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import { loadTenantSnapshot } from "@/lib/data/snapshot";
import { deleteSubscription, findSubscriptionSku } from "@/lib/data/subscriptions";
import { auditRuleIds } from "@/lib/domain/rule-index";
import { decideCancelSubscription } from "@/lib/domain/state-rules";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "./audit";
import { AppError } from "@/lib/domain/errors";

/**
 * DELETE /tenants/{id}/subscriptions/{subscriptionId}: cancel an add-on subscription (SBX-CANCEL). The rules
 * engine refuses while its licenses are assigned (SEATS_IN_USE) or another owned add-on needs it
 * (DEPENDENCY_VIOLATION); one transaction, so a refusal changes nothing.
 */
export async function cancelSubscription(access: TenantAccess, subscriptionId: string): Promise<void> {
  assertCan(access, "billing:seats");
  const db = getDb();
  const sku = await findSubscriptionSku(db, access.tenantId, subscriptionId);
  if (!sku) throw AppError.notFound("That subscription");
  await auditRefusals(access, "subscription.cancel", sku, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      const snapshot = await loadTenantSnapshot(tx, access.tenantId);
      if (!snapshot) throw AppError.notFound("That tenant");
      const decision = decideCancelSubscription(snapshot, subscriptionId);
      if (!decision.ok) throw AppError.fromReason(decision.error);
      await deleteSubscription(tx, access.tenantId, subscriptionId, decision.value.disablesCredits);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: { accountId: access.actor.accountId, email: access.actor.email },
        action: "subscription.cancel",
        target: decision.value.sku,
        outcome: "success",
        ruleIds: auditRuleIds(decision.value.allowedBy),
        details: { quantity: decision.value.quantity, disablesCredits: decision.value.disablesCredits },
      });
    }),
  );
}
