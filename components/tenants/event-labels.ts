import type { ActivityCategory } from "@/lib/domain/audit-actions";
import { formatUsdAmount } from "@/lib/domain/money";
import type { AuditEventView } from "@/lib/validation/responses";
import { CALL_TYPE_OPTIONS } from "@/components/credits/options";
import { skuLabel } from "@/components/billing/labels";

/** Home › Activity in plain words: what happened, to what, and the gist of it (never `credits.call` or a sku code). */

export const CATEGORY_LABELS: Record<ActivityCategory, string> = {
  purchases: "Purchases and subscriptions",
  licenses: "Licenses",
  users: "Users",
  credits: "Communications Credits and clock",
  phoneNumbers: "Phone numbers",
  tenant: "Tenant, members and save points",
};

const ACTION_LABELS: Record<string, string> = {
  purchase: "Bought",
  "subscription.seats": "Changed the number of licenses",
  "subscription.cancel": "Cancelled a subscription",
  "subscription.renew": "Subscription renewed",
  "plan.switch": "Switched plans",
  "license.assign": "Changed a user's licenses",
  "license.bulk": "Changed licenses in bulk",
  "user.create": "Added a user",
  "user.update": "Edited a user",
  "user.delete": "Deleted a user",
  "user.import": "Imported users",
  "credits.call": "Placed a simulated call",
  "credits.funds": "Added Communications Credits funds",
  "credits.autoRecharge": "Auto-recharge",
  "credits.autoRecharge.update": "Changed auto-recharge",
  "credits.expiry": "Unused credits expired",
  "clock.advance": "Moved the sandbox clock",
  "phoneNumbers.acquire": "Got phone numbers",
  "phoneNumbers.release": "Released a phone number",
  "phoneNumbers.assign": "Assigned a phone number",
  "phoneNumbers.unassign": "Unassigned a phone number",
  "tenant.create": "Created the tenant",
  "tenant.update": "Changed tenant settings",
  "tenant.rename": "Renamed the tenant",
  "tenant.reset": "Reset the tenant",
  "member.add": "Added a member",
  "member.role": "Changed a member's role",
  "snapshot.save": "Saved a save point",
  "snapshot.restore": "Restored a save point",
  "snapshot.branch": "Branched a save point into a new tenant",
  "snapshot.delete": "Deleted a save point",
};

/** What a refused attempt is called, where the success's past tense ("Bought") would say it happened. */
const REFUSED_LABELS: Record<string, string> = {
  purchase: "Tried to buy",
  "plan.switch": "Tried to switch plans",
  "license.assign": "Tried to change a user's licenses",
  "license.bulk": "Tried to change licenses in bulk",
  "credits.call": "Tried a simulated call",
  "credits.funds": "Tried to add funds",
  "phoneNumbers.acquire": "Tried to get phone numbers",
};

/** "credits.call" -> "Placed a simulated call"; an action this list doesn't know is spelled out from its name. */
export function actionLabel(action: string, outcome: "success" | "denied" = "success"): string {
  const known = (outcome === "denied" ? REFUSED_LABELS[action] : undefined) ?? ACTION_LABELS[action];
  if (known) return known;
  const words = action
    .replace(/\./g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Sku codes in a target become product names ("MCOEV" -> "Phone System", "E3 -> E5" -> "… to …"). */
export function targetLabel(target: string): string {
  if (target.includes(" -> ")) return target.split(" -> ").map(skuLabel).join(" to ");
  return skuLabel(target);
}

const callLabel = (type: unknown) => CALL_TYPE_OPTIONS.find((o) => o.value === type)?.label ?? "Call";
const money = (v: unknown) => (typeof v === "string" ? formatUsdAmount(v) : null);

/** One line on what the event did, from its details; the refusal's sentence when it was refused. */
export function eventSummary(e: AuditEventView): string | null {
  const d = e.details;
  if (e.outcome === "denied") return typeof d.message === "string" ? d.message : typeof d.reason === "string" ? d.reason : null;
  switch (e.action) {
    case "credits.call":
      return `${callLabel(d.billedAs ?? d.type)}, ${d.minutes} min: ${money(d.charged) ?? "$0.00"} from credits, balance ${money(d.balance) ?? "unknown"}`;
    case "credits.funds":
    case "credits.autoRecharge":
      return `${money(d.amount)} added, balance ${money(d.balance)}`;
    case "credits.expiry":
      return `${money(d.amount)} expired`;
    case "credits.autoRecharge.update":
      return d.enabled === false ? "Turned off" : `${money(d.amount)} when below ${money(d.threshold)}`;
    case "purchase":
      return d.amount ? `${money(d.amount)} of funds` : typeof d.quantity === "number" ? `${d.quantity} licenses` : null;
    case "subscription.seats":
      return `${d.from} to ${d.to} licenses`;
    case "clock.advance":
      return typeof d.to === "string"
        ? `Now ${new Date(d.to).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}`
        : null;
    default:
      return null;
  }
}
