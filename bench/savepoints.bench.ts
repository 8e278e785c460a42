/**
 * Save points and portable tenants at scale (issue 12): a tenant with 10,000 users (each with E3 and Audio
 * Conferencing) and a 10,000-entry Communications Credits ledger is imported from a document, exported, saved
 * and restored, timed at the service layer (the calls the API and the console make). Target: each < 2 s.
 * Run with `npm run bench -- bench/savepoints.bench.ts`.
 */
import { performance } from "node:perf_hooks";
import { createAccount } from "@/lib/services/accounts";
import { exportTenant, importTenant, restoreSnapshot, saveSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";
import { addMonths } from "@/lib/domain/clock";
import { formatUsd } from "@/lib/domain/money";
import type { DocumentLedgerEntry, TenantDocument } from "@/lib/domain/tenant-document";

const USERS = 10_000;
const ENTRIES = 10_000;

async function time<T>(label: string, fn: () => Promise<T>, target?: number): Promise<T> {
  const start = performance.now();
  const out = await fn();
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms${target ? `  (target < ${target} ms${ms < target ? ", ok" : ", OVER"})` : ""}`,
  );
  return out;
}

/** A consistent document: one $10,000 funding, then 9,999 toll-free calls of $0.30 each. */
function bigDocument(): TenantDocument {
  const start = "2018-03-07T10:00:00.000Z";
  const ledger: DocumentLedgerEntry[] = [
    {
      seq: 1,
      at: start,
      type: "funding",
      amount: "10000.00",
      balanceAfter: "10000.00",
      description: "Sign-up funding",
      expiresAt: addMonths(start, 12),
    },
  ];
  let balance = 1_000_000;
  for (let seq = 2; seq <= ENTRIES; seq++) {
    balance -= 30;
    const at = new Date(Date.parse(start) + seq * 60_000).toISOString();
    ledger.push({
      seq,
      at,
      type: "usage",
      amount: "-0.30",
      balanceAfter: formatUsd(balance),
      description: `Toll-free dial-in by User ${seq % USERS}: 10 min at $0.03/min`,
      expiresAt: null,
    });
  }
  const sub = (sku: string) => ({
    sku,
    quantity: USERS,
    commercial: true,
    status: "active" as const,
    term: "annual" as const,
    createdAt: start,
    renewsAt: addMonths(start, 12),
  });
  return {
    format: "billing-sandbox/tenant",
    version: 1,
    exportedAt: start,
    tenant: {
      name: "Bench 10k",
      country: "US",
      orgType: "commercial",
      cloud: "worldwide",
      channel: "direct",
      commitment: "annual",
      plan: "ENTERPRISEPACK",
      policy: {
        monthlyCommitmentBlocksAddOns: true,
        sfbPlan2PhoneSystem: "allow",
        canadaCallingPlansPreview: false,
        minimumFundingUsd: "20.00",
        callingPlanPurchaseCountry: "usageLocation",
        diPoolExhaustion: "either",
        creditsInBahrainBrazilBrunei: true,
        phoneSystemOn21Vianet: true,
      },
      now: ledger[ledger.length - 1].at,
      subscriptions: [sub("ENTERPRISEPACK"), sub("MCOMEETADV")],
      purchases: [],
      users: Array.from({ length: USERS }, (_, i) => ({
        userPrincipalName: `user${String(i).padStart(5, "0")}@bench.test`,
        displayName: `User ${i}`,
        usageLocation: "US",
        kind: "person" as const,
        pstnConnectivity: "online" as const,
        licenses: [
          { sku: "ENTERPRISEPACK", disabledPlans: [] },
          { sku: "MCOMEETADV", disabledPlans: [] },
        ],
      })),
      phoneNumbers: [],
      credits: {
        enabled: true,
        balance: formatUsd(balance),
        autoRecharge: { enabled: false, threshold: "0.00", amount: "0.00" },
        paymentCard: { outcome: "succeed", consecutiveFailures: 0, lastFailureAt: null },
        lots: [{ entry: 1, addedAt: start, expiresAt: addMonths(start, 12), amount: "10000.00", remaining: formatUsd(balance) }],
        ledger,
        pools: [],
        notifications: [],
      },
    },
  };
}

async function main() {
  const account = await createAccount(`bench-${Date.now()}@example.test`, "Bench", "correct horse battery");
  const actor = { accountId: account.id, email: account.email, name: account.name, via: "session" as const };
  const doc = bigDocument();
  const body = JSON.parse(JSON.stringify(doc)) as unknown; // as a request body arrives
  console.log(`document: ${USERS} users, ${ENTRIES} ledger entries, ${(JSON.stringify(doc).length / 1e6).toFixed(1)} MB`);
  if (process.env.BENCH_PARTS) {
    const { tenantDocumentSchema } = await import("@/lib/validation/tenant-document");
    const { checkTenantDocument } = await import("@/lib/domain/tenant-document");
    const parsed = await time("  shape (zod)", async () => tenantDocumentSchema.parse(body));
    await time("  meaning (rules engine)", async () => checkTenantDocument(parsed));
  }
  const tenant = await time(`import (shape + meaning checks + write)`, () => importTenant(actor, body), 2000);
  const access = await getTenantAccess(actor, tenant.id);
  const exported = await time(`export`, () => exportTenant(access), 2000);
  if (exported.tenant.users.length !== USERS || exported.tenant.credits.ledger.length !== ENTRIES) throw new Error("export lost rows");
  const saved = await time(`save point`, () => saveSnapshot(access, { name: "bench" }), 2000);
  let last = performance.now();
  const step = process.env.BENCH_PARTS
    ? (name: string) => {
        console.log(`  restore: ${name} after ${(performance.now() - last).toFixed(1)} ms`);
        last = performance.now();
      }
    : undefined;
  await time(`restore`, () => restoreSnapshot(access, saved.id, { step }), 2000);
  const again = await exportTenant(access);
  if (JSON.stringify({ ...again, exportedAt: "" }) !== JSON.stringify({ ...exported, exportedAt: "" }))
    throw new Error("restore differs from the save point");
  console.log("restore gives back the saved document: ok");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
