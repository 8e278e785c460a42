import { describe, expect, it } from "vitest";
import { ACTIVITY_CATEGORIES, actionInCategory, isActivityCategory } from "./audit-actions";

/** Every action the services record (grep `action: "` in lib/services), each in exactly one Activity filter. */
const ACTIONS = [
  "purchase",
  "subscription.seats",
  "subscription.cancel",
  "subscription.renew",
  "plan.switch",
  "license.assign",
  "license.bulk",
  "user.create",
  "user.update",
  "user.delete",
  "user.import",
  "credits.call",
  "credits.funds",
  "credits.autoRecharge",
  "credits.autoRecharge.update",
  "credits.expiry",
  "clock.advance",
  "phoneNumbers.acquire",
  "phoneNumbers.release",
  "phoneNumbers.assign",
  "phoneNumbers.unassign",
  "tenant.create",
  "tenant.update",
  "tenant.rename",
  "tenant.reset",
  "member.add",
  "member.role",
  "snapshot.save",
  "snapshot.restore",
  "snapshot.branch",
  "snapshot.delete",
];

describe("Activity categories", () => {
  it.each(ACTIONS)("%s is in exactly one category", (action) => {
    expect(ACTIVITY_CATEGORIES.filter((c) => actionInCategory(action, c))).toHaveLength(1);
  });

  it("a prefix never matches a longer action by accident", () => {
    expect(actionInCategory("purchases.other", "purchases")).toBe(false);
  });

  it("recognises only its own names", () => {
    expect(isActivityCategory("credits")).toBe(true);
    expect(isActivityCategory("everything")).toBe(false);
    expect(isActivityCategory(undefined)).toBe(false);
  });
});
