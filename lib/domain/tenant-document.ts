/**
 * The tenant document (issue 12, shared/api.md "Portable tenants and save points"): a tenant's whole state as
 * JSON, and the checks of its MEANING that an import runs after zod has checked its shape.
 *
 * Encodings: money is a decimal string of US dollars ("50.00", "-3.25"); instants are ISO 8601 UTC strings;
 * users are referred to by userPrincipalName, subscriptions by their index in `subscriptions`, ledger entries
 * by their `seq` (1, 2, 3...). No database id appears in a document, so one file loads into any sandbox.
 * Key order is fixed (the order of these interfaces), so two exports of the same state are byte-equal.
 */
import { addMonths, toEpochMs } from "./clock";
import { decideLicenseChange } from "./assignment";
import { calculateSeatUsage } from "./seat-usage";
import { isSkuPartNumber } from "./catalog";
import { parseUsd } from "./money";
import { decideAssignNumber, type PhoneNumberKind } from "./phone-numbers";
import type { SkuPartNumber, TenantPolicy, TenantSnapshot, UserSnapshot } from "./types";
import { DEFAULT_POLICY } from "./types";

export const TENANT_DOCUMENT_FORMAT = "billing-sandbox/tenant";
/** Version 1 is the first. A newer version adds an entry to UPGRADES that turns the previous one into it. */
export const TENANT_DOCUMENT_VERSION = 1;

export interface DocumentPolicy {
  monthlyCommitmentBlocksAddOns: boolean;
  sfbPlan2PhoneSystem: "allow" | "switch";
  canadaCallingPlansPreview: boolean;
  minimumFundingUsd: string;
  callingPlanPurchaseCountry: TenantPolicy["callingPlanPurchaseCountry"];
  diPoolExhaustion: TenantPolicy["diPoolExhaustion"];
  creditsInBahrainBrazilBrunei: boolean;
  phoneSystemOn21Vianet: boolean;
}

export interface DocumentSubscription {
  sku: string;
  quantity: number;
  commercial: boolean;
  status: "active" | "suspended";
  term: "monthly" | "annual";
  createdAt: string;
  renewsAt: string;
}

export interface DocumentPurchase {
  sku: string;
  quantity: number;
  unitPrice: string;
  /** Communications Credits funding, or null. */
  amount: string | null;
  /** Index into `subscriptions`, or null. */
  subscription: number | null;
  actorEmail: string;
  at: string;
}

export interface DocumentLicense {
  sku: string;
  disabledPlans: string[];
}

export interface DocumentUser {
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  kind: "person" | "room";
  pstnConnectivity: "online" | "onPremises";
  licenses: DocumentLicense[];
}

/** A phone number the tenant holds (api.md "Phone numbers"); listed by number. */
export interface DocumentPhoneNumber {
  /** E.164, e.g. "+14255550100". */
  number: string;
  kind: PhoneNumberKind;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** userPrincipalName, or null. */
  assignedTo: string | null;
}

export interface DocumentLedgerEntry {
  seq: number;
  at: string;
  type: "funding" | "autoRecharge" | "usage" | "expiry";
  amount: string;
  balanceAfter: string;
  description: string;
  expiresAt: string | null;
}

export interface DocumentLot {
  /** seq of the funding or autoRecharge ledger entry that added these funds */
  entry: number;
  addedAt: string;
  expiresAt: string;
  amount: string;
  remaining: string;
}

export interface DocumentPool {
  month: string;
  poolId: string;
  domesticMinutes: number;
  internationalMinutes: number;
}

export interface DocumentNotification {
  at: string;
  kind: "autoRechargeSucceeded" | "autoRechargeFailed" | "autoRechargeDisabled" | "balanceDepleted" | "fundsExpired";
  message: string;
  details: Record<string, unknown>;
}

export interface DocumentCredits {
  enabled: boolean;
  balance: string;
  autoRecharge: { enabled: boolean; threshold: string; amount: string };
  paymentCard: { outcome: "succeed" | "decline" | "expired"; consecutiveFailures: number; lastFailureAt: string | null };
  lots: DocumentLot[];
  ledger: DocumentLedgerEntry[];
  pools: DocumentPool[];
  notifications: DocumentNotification[];
}

export interface DocumentTenant {
  name: string;
  country: string;
  orgType: TenantSnapshot["orgType"];
  cloud: TenantSnapshot["cloud"];
  channel: TenantSnapshot["channel"];
  commitment: TenantSnapshot["commitment"];
  plan: string | null;
  policy: DocumentPolicy;
  now: string;
  subscriptions: DocumentSubscription[];
  purchases: DocumentPurchase[];
  users: DocumentUser[];
  phoneNumbers: DocumentPhoneNumber[];
  credits: DocumentCredits;
}

export interface TenantDocument {
  format: typeof TENANT_DOCUMENT_FORMAT;
  version: typeof TENANT_DOCUMENT_VERSION;
  exportedAt: string;
  tenant: DocumentTenant;
}

export type Problems = Record<string, string[]>;

// ---------------------------------------------------------------- versions

/** UPGRADES[n] turns a version-n document into version n+1. Empty while version 1 is the only one. */
const UPGRADES: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Brings an older document up to the current version before its shape is checked. Leaves anything that isn't
 * an object with a known older version untouched (the shape check then says what is wrong).
 */
export function upgradeTenantDocument(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  while (typeof doc.version === "number" && doc.version < TENANT_DOCUMENT_VERSION && UPGRADES[doc.version]) {
    doc = { ...UPGRADES[doc.version](doc), version: doc.version + 1 };
  }
  return doc;
}

// ---------------------------------------------------------------- meaning

function add(problems: Problems, path: string, message: string): void {
  (problems[path] ??= []).push(message);
}

function cents(s: string): number {
  return parseUsd(s, { allowNegative: true }) ?? 0;
}

/** The snapshot the rules engine would load for the tenant this document describes. */
export function snapshotOfDocument(t: DocumentTenant): TenantSnapshot {
  const assignedCounts: Partial<Record<SkuPartNumber, number>> = {};
  for (const u of t.users) for (const l of u.licenses) if (isSkuPartNumber(l.sku)) assignedCounts[l.sku] = (assignedCounts[l.sku] ?? 0) + 1;
  return {
    country: t.country,
    orgType: t.orgType,
    cloud: t.cloud,
    channel: t.channel,
    commitment: t.commitment,
    plan: t.plan as TenantSnapshot["plan"],
    subscriptions: t.subscriptions.map((s, i) => ({
      id: String(i),
      sku: s.sku as SkuPartNumber,
      quantity: s.quantity,
      commercial: s.commercial,
      status: s.status,
    })),
    assignedCounts,
    creditsEnabled: t.credits.enabled,
    policy: { ...DEFAULT_POLICY, ...t.policy, minimumFundingCents: cents(t.policy.minimumFundingUsd) },
  };
}

function checkSkus(t: DocumentTenant, problems: Problems): void {
  if (t.plan !== null && !isSkuPartNumber(t.plan)) add(problems, "tenant.plan", `There is no sku "${t.plan}".`);
  t.subscriptions.forEach((s, i) => {
    if (!isSkuPartNumber(s.sku)) add(problems, `tenant.subscriptions.${i}.sku`, `There is no sku "${s.sku}".`);
  });
  t.purchases.forEach((p, i) => {
    if (!isSkuPartNumber(p.sku)) add(problems, `tenant.purchases.${i}.sku`, `There is no sku "${p.sku}".`);
    if (p.subscription !== null && !t.subscriptions[p.subscription]) {
      add(problems, `tenant.purchases.${i}.subscription`, `There is no subscription number ${p.subscription}.`);
    }
  });
  t.users.forEach((u, i) => {
    u.licenses.forEach((l, j) => {
      if (!isSkuPartNumber(l.sku)) add(problems, `tenant.users.${i}.licenses.${j}.sku`, `There is no sku "${l.sku}".`);
    });
  });
}

/** R-ASG-SEAT: no sku has more licenses assigned than seats bought (Communications Credits are unlimited, R-CC-3). */
function checkSeats(snapshot: TenantSnapshot, problems: Problems): void {
  for (const usage of calculateSeatUsage(snapshot)) {
    if (usage.available !== null && usage.available < 0) {
      add(
        problems,
        "tenant.users",
        `${usage.assigned} ${usage.sku} licenses are assigned but only ${usage.purchased} are bought (R-ASG-SEAT).`,
      );
    }
  }
}

/**
 * Each user's licenses as if assigned in one change to a user holding none, so every admission rule and
 * structural invariant applies: usage location (R-ASG-LOC), hybrid users (R-ASG-HYB), the Calling Plan's
 * country (R-GEO-2, R-GEO-3), mutual exclusion, Calling Plan needs Phone System (R-ASG-CP-PS), credits set up
 * (R-CC-3). Seats are counted once for the whole tenant by checkSeats.
 */
function checkUserLicenses(t: DocumentTenant, snapshot: TenantSnapshot, problems: Problems): void {
  const seen = new Set<string>();
  // Users with the same location, connectivity, kind and licenses get the same answer: decide each profile once.
  const decided = new Map<string, { sku: string | null; message: string } | null>();
  t.users.forEach((u, i) => {
    const key = u.userPrincipalName.toLowerCase();
    if (seen.has(key)) add(problems, `tenant.users.${i}.userPrincipalName`, "Another user already has this username.");
    seen.add(key);
    const skus = u.licenses.map((l) => l.sku).filter(isSkuPartNumber);
    const dup = skus.find((s, k) => skus.indexOf(s) !== k);
    if (dup) add(problems, `tenant.users.${i}.licenses`, `${dup} is listed twice.`);
    if (skus.length === 0) return;
    const profile = `${u.usageLocation}|${u.pstnConnectivity}|${u.kind}|${skus.join(",")}`;
    if (!decided.has(profile)) {
      const user: UserSnapshot = {
        id: u.userPrincipalName,
        usageLocation: u.usageLocation,
        pstnConnectivity: u.pstnConnectivity,
        kind: u.kind,
        licenses: [],
      };
      const result = decideLicenseChange({ ...snapshot, assignedCounts: {} }, user, { add: skus, remove: [] });
      decided.set(
        profile,
        !result.ok && result.error.code !== "INSUFFICIENT_LICENSES"
          ? {
              sku: typeof result.error.details?.sku === "string" ? result.error.details.sku : null,
              message: `${result.error.message} (${result.error.ruleId})`,
            }
          : null,
      );
    }
    const refusal = decided.get(profile);
    if (refusal) {
      const j = refusal.sku ? skus.indexOf(refusal.sku as SkuPartNumber) : -1;
      add(problems, j >= 0 ? `tenant.users.${i}.licenses.${j}.sku` : `tenant.users.${i}.licenses`, refusal.message);
    }
  });
}

/**
 * The ledger is append-only and the balance its cached sum: entries are numbered 1, 2, 3..., each balanceAfter
 * is the previous one plus its amount, and the last equals the account's balance. Lots hold what funding added
 * and no more: each belongs to a funding or auto-recharge entry, expires 12 months after it was added (AF:58),
 * and together they hold max(0, balance).
 */
function checkCredits(c: DocumentCredits, problems: Problems): void {
  let running = 0;
  c.ledger.forEach((e, i) => {
    const path = `tenant.credits.ledger.${i}`;
    if (e.seq !== i + 1) add(problems, `${path}.seq`, `Entries are numbered 1, 2, 3...: expected ${i + 1}.`);
    running += cents(e.amount);
    if (cents(e.balanceAfter) !== running)
      add(problems, `${path}.balanceAfter`, `The running balance here is ${(running / 100).toFixed(2)}.`);
  });
  if (cents(c.balance) !== running)
    add(problems, "tenant.credits.balance", `The ledger adds up to ${(running / 100).toFixed(2)}, not ${c.balance}.`);
  if (!c.enabled && c.ledger.length > 0)
    add(problems, "tenant.credits.enabled", "A ledger with entries needs Communications Credits set up.");
  const bySeq = new Map(c.ledger.map((e) => [e.seq, e]));
  const usedEntries = new Set<number>();
  let held = 0;
  c.lots.forEach((lot, i) => {
    const path = `tenant.credits.lots.${i}`;
    const entry = bySeq.get(lot.entry);
    if (!entry || (entry.type !== "funding" && entry.type !== "autoRecharge")) {
      add(problems, `${path}.entry`, "A lot must belong to a funding or auto-recharge entry of the ledger.");
    } else if (cents(entry.amount) !== cents(lot.amount)) {
      add(problems, `${path}.amount`, `Entry ${lot.entry} added ${entry.amount}.`);
    }
    if (usedEntries.has(lot.entry)) add(problems, `${path}.entry`, "Two lots belong to the same entry.");
    usedEntries.add(lot.entry);
    if (cents(lot.remaining) < 0 || cents(lot.remaining) > cents(lot.amount))
      add(problems, `${path}.remaining`, "What remains must be between 0 and the amount added.");
    if (toEpochMs(lot.expiresAt) !== toEpochMs(addMonths(lot.addedAt, 12)))
      add(problems, `${path}.expiresAt`, "Funds expire 12 months after they were added (AF:58).");
    held += cents(lot.remaining);
  });
  if (held !== Math.max(0, running)) {
    add(problems, "tenant.credits.lots", `The lots hold ${(held / 100).toFixed(2)} but the balance is ${(running / 100).toFixed(2)}.`);
  }
}

/**
 * Phone numbers: each listed once; a user number held by a user goes to a user of the document, one number per
 * user, and only to a user the sandbox would have given it to (SBX-NUM-ASSIGN: a Calling Plan, R-ASG-CP, and a
 * usage location in the number's country, R-ASG-LOC); service numbers belong to no user (R-NUM-SVC). Capacity is
 * not checked: numbers already held stay when a capacity later shrinks (lib/domain/phone-numbers.ts).
 */
function checkPhoneNumbers(t: DocumentTenant, problems: Problems): void {
  const users = new Map(t.users.map((u) => [u.userPrincipalName.toLowerCase(), u]));
  const numbers = new Set<string>();
  const holders = new Set<string>();
  t.phoneNumbers.forEach((n, i) => {
    const path = `tenant.phoneNumbers.${i}`;
    if (numbers.has(n.number)) add(problems, `${path}.number`, `${n.number} is listed twice.`);
    numbers.add(n.number);
    if (n.assignedTo === null) return;
    const holder = n.assignedTo.toLowerCase();
    const user = users.get(holder);
    if (!user) {
      add(problems, `${path}.assignedTo`, `There is no user "${n.assignedTo}" in this document.`);
      return;
    }
    const snapshot: UserSnapshot = {
      id: holder,
      usageLocation: user.usageLocation,
      pstnConnectivity: user.pstnConnectivity,
      kind: user.kind,
      licenses: user.licenses.map((l) => l.sku).filter(isSkuPartNumber),
    };
    const decision = decideAssignNumber({ id: String(i), ...n, assignedTo: null }, snapshot, holders.has(holder));
    if (!decision.ok) add(problems, `${path}.assignedTo`, `${decision.error.message} (${decision.error.ruleId})`);
    holders.add(holder);
  });
}

/**
 * Every problem of meaning in a document whose shape is valid, keyed by JSON path; empty when it describes a
 * tenant the sandbox could have reached.
 */
export function checkTenantDocument(doc: TenantDocument): Problems {
  const problems: Problems = {};
  const t = doc.tenant;
  checkSkus(t, problems);
  if (Object.keys(problems).length > 0) return problems; // the rules can't judge unknown skus
  const snapshot = snapshotOfDocument(t);
  checkSeats(snapshot, problems);
  checkUserLicenses(t, snapshot, problems);
  checkCredits(t.credits, problems);
  checkPhoneNumbers(t, problems);
  return problems;
}
