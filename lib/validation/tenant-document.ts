import { z } from "zod";
import "zod-openapi";
import { COUNTRY_CODES } from "@/lib/domain/countries";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import { TENANT_DOCUMENT_FORMAT, TENANT_DOCUMENT_VERSION, type TenantDocument } from "@/lib/domain/tenant-document";
import { channel, cloud, commitment, orgType, pstnConnectivity, tenantName, userKind } from "./common";
import { text } from "./primitives";

/**
 * The SHAPE of a tenant document (issue 12). Its meaning (rules, seats, ledger sums) is checked by
 * lib/domain/tenant-document.ts. The JSON Schema served at /api/v1/schemas/tenant-document.json is generated
 * from these schemas, so the file format and the import can't drift apart.
 */

/** Money in a document: US dollars with exactly two decimals, signed ("50.00", "-3.25"). */
const money = z
  .string()
  .regex(/^-?\d{1,12}\.\d{2}$/, "Write money like 50.00 or -3.25")
  .meta({ description: "US dollars, two decimals" });
/** What toISOString() writes; a cheaper check than z.iso.datetime (a 10,000-entry ledger has 20,000 of them). */
const instant = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/, "Write an instant like 2018-03-07T10:00:00.000Z")
  .refine((s) => !Number.isNaN(Date.parse(s)), "This date doesn't exist")
  .meta({ description: "ISO 8601 instant, UTC", format: "date-time" });
const country = z
  .string()
  .refine((c) => COUNTRY_CODES.includes(c), "Use one of the 86 countries of the rules catalogue")
  .meta({ description: "ISO 3166-1 alpha-2 code" });
/** Skus are plain strings here: an unknown sku is a problem of meaning, reported at its path. */
const sku = z.string().min(1).max(60).meta({ description: "skuPartNumber" });
const count = z.number().int().min(0);

const policy = z.strictObject({
  monthlyCommitmentBlocksAddOns: z.boolean(),
  sfbPlan2PhoneSystem: z.enum(["allow", "switch"]),
  canadaCallingPlansPreview: z.boolean(),
  minimumFundingUsd: money,
  // Flags added with issue 10; a document written before them reads with the documentation's defaults.
  callingPlanPurchaseCountry: z.enum(["usageLocation", "tenantCountry"]).default(DEFAULT_POLICY.callingPlanPurchaseCountry),
  diPoolExhaustion: z.enum(["either", "perCategory"]).default(DEFAULT_POLICY.diPoolExhaustion),
  creditsInBahrainBrazilBrunei: z.boolean().default(DEFAULT_POLICY.creditsInBahrainBrazilBrunei),
  phoneSystemOn21Vianet: z.boolean().default(DEFAULT_POLICY.phoneSystemOn21Vianet),
});

const subscription = z.strictObject({
  sku,
  quantity: count,
  commercial: z.boolean(),
  status: z.enum(["active", "suspended"]),
  term: z.enum(["monthly", "annual"]),
  createdAt: instant,
  renewsAt: instant,
});

const purchase = z.strictObject({
  sku,
  quantity: count,
  unitPrice: money,
  amount: money.nullable(),
  subscription: count.nullable().meta({ description: "index into tenant.subscriptions" }),
  actorEmail: z.string().max(320),
  at: instant,
});

const user = z.strictObject({
  userPrincipalName: z
    .string()
    .min(3)
    .max(113)
    .regex(/^[^@\s]+@[^@\s]+$/, "A username looks like name@domain"),
  displayName: z.string().min(1).max(256),
  usageLocation: country.nullable(),
  kind: userKind,
  pstnConnectivity,
  licenses: z.array(z.strictObject({ sku, disabledPlans: z.array(z.string().max(64)).max(50) })).max(20),
});

const phoneNumber = z.strictObject({
  number: z.string().max(32),
  kind: z.string().max(32),
  country,
  assignedTo: z.string().nullable().meta({ description: "userPrincipalName" }),
});

const ledgerEntry = z.strictObject({
  seq: z.number().int().min(1),
  at: instant,
  type: z.enum(["funding", "autoRecharge", "usage", "expiry"]),
  amount: money,
  balanceAfter: money,
  description: z.string().max(500),
  expiresAt: instant.nullable(),
});

const lot = z.strictObject({
  entry: z.number().int().min(1).meta({ description: "seq of the ledger entry that added the funds" }),
  addedAt: instant,
  expiresAt: instant,
  amount: money,
  remaining: money,
});

const pool = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  poolId: z.string().max(40),
  domesticMinutes: count,
  internationalMinutes: count,
});

const notification = z.strictObject({
  at: instant,
  kind: z.enum(["autoRechargeSucceeded", "autoRechargeFailed", "autoRechargeDisabled", "balanceDepleted", "fundsExpired"]),
  message: z.string().max(1000),
  details: z.record(z.string(), z.unknown()),
});

const credits = z.strictObject({
  enabled: z.boolean(),
  balance: money,
  autoRecharge: z.strictObject({ enabled: z.boolean(), threshold: money, amount: money }),
  paymentCard: z.strictObject({
    outcome: z.enum(["succeed", "decline", "expired"]).meta({ description: "what the simulated card does when charged" }),
    consecutiveFailures: count,
    lastFailureAt: instant.nullable(),
  }),
  lots: z.array(lot),
  ledger: z.array(ledgerEntry),
  pools: z.array(pool),
  notifications: z.array(notification),
});

export const tenantDocumentSchema = z
  .strictObject({
    format: z.literal(TENANT_DOCUMENT_FORMAT),
    version: z.literal(TENANT_DOCUMENT_VERSION),
    exportedAt: instant,
    tenant: z.strictObject({
      name: z.string().min(1).max(80),
      country,
      orgType,
      cloud,
      channel,
      commitment,
      plan: sku.nullable(),
      policy,
      now: instant,
      subscriptions: z.array(subscription),
      purchases: z.array(purchase),
      users: z.array(user).max(50_000),
      phoneNumbers: z.array(phoneNumber),
      credits,
    }),
  })
  .meta({
    id: "TenantDocument",
    title: "Billing Sandbox tenant document",
    description: "A tenant's whole state (format billing-sandbox/tenant)",
  });

// The zod schema and the domain's interface describe the same document.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof tenantDocumentSchema>, TenantDocument> = true;
void sameShape;

/** POST /tenants/import: a document, with an optional name for the new tenant. */
export const importTenantQuery = z.object({ name: tenantName.optional() });
export const saveSnapshotInput = z.strictObject({
  name: text().trim().min(1, "Name the save point").max(80, "Use at most 80 characters"),
});
export const branchSnapshotInput = z.strictObject({ name: tenantName });

/** The JSON Schema of the document (draft 2020-12), generated from the zod schema above. */
export function tenantDocumentJsonSchema(): Record<string, unknown> {
  const out = z.toJSONSchema(tenantDocumentSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
  // The schema's id (for OpenAPI) makes zod put the root under $defs; a schema file reads better with it inline.
  const { $ref, $defs, ...rest } = out as { $ref?: string; $defs?: Record<string, Record<string, unknown>> };
  const { TenantDocument: root, ...otherDefs } = $defs ?? {};
  const body = $ref === "#/$defs/TenantDocument" && root ? { ...rest, ...root } : out;
  return { $id: "/api/v1/schemas/tenant-document.json", ...body, ...(Object.keys(otherDefs).length ? { $defs: otherDefs } : {}) };
}
