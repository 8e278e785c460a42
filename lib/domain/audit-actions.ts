/**
 * The audit trail's actions grouped the way an admin looks for them (Home › Activity filters). The
 * service filters by these prefixes; the console names the groups and the actions in plain words.
 */

export const ACTIVITY_CATEGORIES = ["purchases", "licenses", "users", "credits", "phoneNumbers", "tenant"] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** Action names (or prefixes ending in ".") each category covers. */
export const ACTIVITY_CATEGORY_ACTIONS: Record<ActivityCategory, readonly string[]> = {
  purchases: ["purchase", "subscription.", "plan."],
  licenses: ["license."],
  users: ["user."],
  credits: ["credits.", "clock."],
  phoneNumbers: ["phoneNumbers."],
  tenant: ["tenant.", "member.", "snapshot."],
};

export function isActivityCategory(x: unknown): x is ActivityCategory {
  return typeof x === "string" && (ACTIVITY_CATEGORIES as readonly string[]).includes(x);
}

/** Whether `action` belongs to `category` (an exact name, or a prefix ending in "."). */
export function actionInCategory(action: string, category: ActivityCategory): boolean {
  return ACTIVITY_CATEGORY_ACTIONS[category].some((p) => (p.endsWith(".") ? action.startsWith(p) : action === p));
}
