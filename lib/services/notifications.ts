import "server-only";
import type { NotificationView } from "@/lib/validation/credits";

type NotificationKind = NotificationView["kind"];
import { getDb, type Tx } from "@/lib/data/db";
import { createNotification, findNotifications } from "@/lib/data/credits";
import { formatUsdDisplay } from "@/lib/domain/money";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";

/**
 * The e-mails the documentation promises (AF:61, SC:65) as notices in the console: a recharge went through,
 * a recharge failed, auto-recharge switched itself off, the balance reached zero or went below, funds expired.
 */

type Details = Record<string, unknown>;

function money(details: Details, key: string): string {
  const v = details[key];
  return typeof v === "number" ? formatUsdDisplay(v) : "an amount";
}

/** Our sentence for each notice. */
function describeNotification(kind: NotificationKind, details: Details): string {
  switch (kind) {
    case "autoRechargeSucceeded":
      return `Auto-recharge added ${money(details, "amountCents")} because the balance dropped below ${money(details, "thresholdCents")}. The balance is now ${money(details, "balanceCents")}.`;
    case "autoRechargeFailed":
      return details.reason === "cardExpired"
        ? `Auto-recharge of ${money(details, "amountCents")} failed: the card on file has expired. Nothing was added; update the payment method.`
        : `Auto-recharge of ${money(details, "amountCents")} failed: the card was declined. Nothing was added; the sandbox will try again later.`;
    case "autoRechargeDisabled":
      return "Auto-recharge failed several times in a row, so it has been turned off. Fix the payment method and turn it back on.";
    case "balanceDepleted":
      return `The Communications Credits balance is ${money(details, "balanceCents")}. Calls paid from credits (toll-free, international, beyond the plan's minutes) are stopped until funds are added.`;
    case "fundsExpired":
      return `${money(details, "amountCents")} of unused funds expired: they were added more than 12 months ago.`;
  }
}

/** Records notices in the caller's transaction, at sandbox time. */
export async function raiseNotifications(
  tx: Tx,
  tenantId: string,
  at: Date,
  kinds: readonly NotificationKind[],
  details: Details,
): Promise<void> {
  for (const kind of kinds) {
    await createNotification(tx, tenantId, { at, kind, message: describeNotification(kind, details), details });
  }
}

export async function listNotifications(access: TenantAccess, take = 50): Promise<NotificationView[]> {
  assertCan(access, "billing:read");
  const rows = await findNotifications(getDb(), access.tenantId, Math.min(500, Math.max(1, take)));
  return rows.map((n) => ({
    id: n.id,
    at: n.at.toISOString(),
    kind: n.kind,
    message: n.message,
    details: JSON.parse(n.detailsJson) as Details,
  }));
}
