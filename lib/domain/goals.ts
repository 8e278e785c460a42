/**
 * Scenario goals (issue 11; shared/api.md "Scenarios and classes"): checks on a tenant's state in a fixed
 * vocabulary, decided by the rules engine. Pure: the tenant comes in as its document (state, users, credits),
 * so a goal is judged the same way whether the tenant lives in the database or in a scenario's start state.
 * No check is written for one scenario: every scenario composes these.
 */
import { isSkuPartNumber } from "./catalog";
import { CALL_TYPES, type CallType, decideCall } from "./calls";
import { parseUsd } from "./money";
import { decideOffer, type OfferStatus } from "./offers";
import type { MinutePoolUsage } from "./pools";
import { snapshotOfDocument, type DocumentTenant } from "./tenant-document";
import { COMMITMENTS, type Commitment, type SkuPartNumber, type UserSnapshot } from "./types";

export const GOAL_TYPES = [
  "owns",
  "notOwns",
  "offerStatus",
  "userHasLicenses",
  "userCanCall",
  "creditsAutoRecharge",
  "balanceAtLeast",
  "commitment",
  "plan",
] as const;
export type GoalType = (typeof GOAL_TYPES)[number];
export const GOAL_OFFER_STATUSES: readonly OfferStatus[] = ["available", "included", "blocked"];
export { CALL_TYPES, COMMITMENTS };

export type GoalCheck =
  | { type: "owns"; sku: string; minQuantity?: number }
  | { type: "notOwns"; sku: string }
  | { type: "offerStatus"; sku: string; status: OfferStatus }
  | { type: "userHasLicenses"; user: string; skus: string[] }
  | { type: "userCanCall"; user: string; callType: CallType }
  | { type: "creditsAutoRecharge"; enabled: boolean }
  /** Dollars with two decimals, "50.00". */
  | { type: "balanceAtLeast"; amount: string }
  | { type: "commitment"; is: Commitment }
  /** A plan sku, or null for "no plan". */
  | { type: "plan"; is: string | null };

export interface Goal {
  id: string;
  /** What the trainee is asked to do, in our words. */
  text: string;
  /** Where to read about it: a rule id of the catalogue and a documentation anchor. */
  hint?: { ruleId: string; doc: string; text: string };
  check: GoalCheck;
}

function cents(s: string): number {
  return parseUsd(s, { allowNegative: true }) ?? 0;
}

function activeQuantity(t: DocumentTenant, sku: string): number {
  return t.subscriptions.filter((s) => s.sku === sku && s.status === "active").reduce((n, s) => n + s.quantity, 0);
}

function userSnapshotOf(u: DocumentTenant["users"][number]): UserSnapshot {
  return {
    id: u.userPrincipalName,
    usageLocation: u.usageLocation,
    pstnConnectivity: u.pstnConnectivity,
    kind: u.kind,
    licenses: u.licenses.map((l) => l.sku).filter(isSkuPartNumber),
  };
}

function findUser(t: DocumentTenant, upn: string) {
  const wanted = upn.toLowerCase();
  return t.users.find((u) => u.userPrincipalName.toLowerCase() === wanted);
}

/** The minutes drawn in the tenant's current month (the document's `now`). */
function poolUsageOf(t: DocumentTenant): MinutePoolUsage {
  const month = t.now.slice(0, 7);
  const usage: Record<string, { domesticMinutes: number; internationalMinutes: number }> = {};
  for (const p of t.credits.pools)
    if (p.month === month) usage[p.poolId] = { domesticMinutes: p.domesticMinutes, internationalMinutes: p.internationalMinutes };
  return usage;
}

/** Whether the tenant meets the check now. */
export function isGoalMet(check: GoalCheck, t: DocumentTenant): boolean {
  switch (check.type) {
    case "owns":
      return activeQuantity(t, check.sku) >= Math.max(1, check.minQuantity ?? 1);
    case "notOwns":
      return activeQuantity(t, check.sku) === 0;
    case "offerStatus":
      return isSkuPartNumber(check.sku) && decideOffer(snapshotOfDocument(t), check.sku).status === check.status;
    case "userHasLicenses": {
      const user = findUser(t, check.user);
      return user !== undefined && check.skus.every((sku) => user.licenses.some((l) => l.sku === sku));
    }
    case "userCanCall": {
      const user = findUser(t, check.user);
      if (!user) return false;
      // R-ASG-LOC, A-13, A-5: the same decision a simulated one-minute call would get.
      return decideCall({
        call: { type: check.callType, minutes: 1 },
        user: userSnapshotOf(user),
        tenant: snapshotOfDocument(t),
        users: t.users.map(userSnapshotOf),
        poolUsage: poolUsageOf(t),
        balanceCents: cents(t.credits.balance),
        poolOptions: { diExhaustion: t.policy.diPoolExhaustion },
      }).ok;
    }
    case "creditsAutoRecharge":
      return t.credits.enabled && t.credits.autoRecharge.enabled === check.enabled;
    case "balanceAtLeast":
      return cents(t.credits.balance) >= cents(check.amount);
    case "commitment":
      return t.commitment === check.is;
    case "plan":
      return t.plan === check.is;
  }
}

/** A goal as a tenant's goals panel and GET /tenants/{id}/goals show it. */
export interface TenantGoalView {
  id: string;
  text: string;
  hint: Goal["hint"] | null;
  met: boolean;
  metAt: string | null;
}

export interface GoalResult {
  id: string;
  text: string;
  met: boolean;
}

export function evaluateGoals(goals: readonly Goal[], t: DocumentTenant): GoalResult[] {
  return goals.map((g) => ({ id: g.id, text: g.text, met: isGoalMet(g.check, t) }));
}

/** Problems with the skus and users a goal names, keyed by path (goals.N.check.field); empty when all are known. */
export function checkGoalReferences(goals: readonly Goal[], t: DocumentTenant): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (path: string, message: string) => {
    (problems[path] ??= []).push(message);
  };
  const sku = (path: string, value: string) => {
    if (!isSkuPartNumber(value)) add(path, `There is no sku "${value}".`);
  };
  const user = (path: string, value: string) => {
    if (!findUser(t, value)) add(path, `The tenant has no user "${value}".`);
  };
  goals.forEach((g, i) => {
    const p = `goals.${i}.check`;
    const c = g.check;
    if (c.type === "owns" || c.type === "notOwns" || c.type === "offerStatus") sku(`${p}.sku`, c.sku);
    if (c.type === "userHasLicenses") {
      user(`${p}.user`, c.user);
      c.skus.forEach((s, j) => {
        sku(`${p}.skus.${j}`, s);
      });
    }
    if (c.type === "userCanCall") user(`${p}.user`, c.user);
    if (c.type === "plan" && c.is !== null) sku(`${p}.is`, c.is);
  });
  const ids = new Set<string>();
  goals.forEach((g, i) => {
    if (ids.has(g.id)) add(`goals.${i}.id`, "Two goals have the same id.");
    ids.add(g.id);
  });
  return problems;
}

export type { SkuPartNumber };
