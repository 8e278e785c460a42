import { z } from "zod";
import "zod-openapi";
import { SKU_ALIASES, SKU_CATALOG } from "@/lib/domain/catalog";
import { ALL_SKUS, type SkuPartNumber } from "@/lib/domain/types";
import { countryCode, pstnConnectivity, userKind } from "./common";
import { text, wholeNumberText } from "./primitives";

// ---------------------------------------------------------------- users

/** `name@domain.tld`, stored lower case; unique per tenant (checked by the service). */
export const userPrincipalName = text()
  .trim()
  .toLowerCase()
  .max(113, "Use at most 113 characters")
  .regex(
    /^[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9_'+-])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "Enter a username like alex@contoso.com (letters, digits, dots or dashes, then @ and a domain)",
  )
  .meta({ description: "User principal name (sign-in name), unique in the tenant", example: "alex@contoso.test" });

export const displayName = text().trim().min(1, "Enter a display name").max(256, "Use at most 256 characters");

/** A usage location, or null to clear it ("" from a form means none). */
const usageLocationInput = z
  .union([z.literal("").transform(() => null), z.null(), countryCode])
  .meta({ description: "ISO 3166-1 alpha-2 code of one of the 86 countries, or null for none", example: "US" });

export const createUserInput = z
  .object({
    displayName,
    userPrincipalName,
    usageLocation: usageLocationInput.optional().default(null),
    pstnConnectivity: pstnConnectivity.default("online"),
    kind: userKind.default("person"),
  })
  .strict()
  .meta({ id: "CreateUser" });
export type CreateUserInput = z.output<typeof createUserInput>;

export const updateUserInput = z
  .object({
    displayName,
    userPrincipalName,
    usageLocation: usageLocationInput,
    pstnConnectivity,
    kind: userKind,
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .meta({ id: "UpdateUser" });
export type UpdateUserInput = z.output<typeof updateUserInput>;

export const USER_SORT_KEYS = ["displayName", "userPrincipalName", "usageLocation", "pstnConnectivity", "kind", "createdAt"] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];
const sortValues = USER_SORT_KEYS.flatMap((k) => [k, `-${k}`]) as [string, ...string[]];

export const MAX_PAGE_SIZE = 200;

/** Query of GET /users and of the Active users page (searchParams). */
export const usersQuery = z
  .object({
    search: text().trim().max(200).optional().meta({ description: "Part of the display name or username" }),
    sort: z
      .enum(sortValues)
      .default("displayName")
      .meta({ description: "A column, with a leading - for descending: displayName, -userPrincipalName, ..." }),
    page: wholeNumberText({ min: 1, max: 1_000_000, noun: "the page" }).default(1),
    pageSize: wholeNumberText({ min: 1, max: MAX_PAGE_SIZE, noun: "users per page" }).default(50),
    license: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const sku = resolveSku(v);
        if (!sku) {
          ctx.addIssue({ code: "custom", message: "Not a known sku" });
          return z.NEVER;
        }
        return sku;
      })
      .meta({ description: "Only users holding this sku (skuPartNumber or skuId)" }),
  })
  .meta({ id: "UsersQuery" });
export type UsersQuery = z.output<typeof usersQuery>;

export function parseSort(sort: string): { key: UserSortKey; dir: "asc" | "desc" } {
  const desc = sort.startsWith("-");
  const key = (desc ? sort.slice(1) : sort) as UserSortKey;
  return { key: USER_SORT_KEYS.includes(key) ? key : "displayName", dir: desc ? "desc" : "asc" };
}

// ---------------------------------------------------------------- licenses

const SKU_BY_ID = new Map(ALL_SKUS.flatMap((s) => (SKU_CATALOG[s].skuId ? [[SKU_CATALOG[s].skuId!.toLowerCase(), s] as const] : [])));

/** A skuPartNumber, its alias (MCOPSTNPP), or a skuId GUID of the catalog -> the skuPartNumber; null if unknown. */
export function resolveSku(value: string): SkuPartNumber | null {
  const v = value.trim();
  if ((ALL_SKUS as readonly string[]).includes(v.toUpperCase())) return v.toUpperCase() as SkuPartNumber;
  if (SKU_ALIASES[v.toUpperCase()]) return SKU_ALIASES[v.toUpperCase()];
  return SKU_BY_ID.get(v.toLowerCase()) ?? null;
}

const skuRef = text()
  .trim()
  .min(1)
  .transform((v, ctx) => {
    const sku = resolveSku(v);
    if (!sku) {
      ctx.addIssue({ code: "custom", message: `${v} is not a sku of the catalog (use a skuPartNumber or a skuId)` });
      return z.NEVER;
    }
    return sku;
  })
  .meta({ description: "skuPartNumber (ENTERPRISEPACK) or Graph skuId GUID", example: "MCOEV" });

const guid = text()
  .regex(/^[0-9a-fA-F-]{36}$/, "A service plan id is a GUID")
  .transform((v) => v.toLowerCase());

export const addLicenseInput = z
  .object({
    sku: skuRef.optional(),
    skuId: skuRef.optional(),
    disabledPlans: z.array(guid).max(50).optional().meta({ description: "servicePlanIds of the sku to turn off" }),
  })
  .strict()
  .transform((v, ctx) => {
    const sku = v.sku ?? v.skuId;
    if (!sku) {
      ctx.addIssue({ code: "custom", message: "Give sku (skuPartNumber) or skuId", path: ["sku"] });
      return z.NEVER;
    }
    if (v.sku && v.skuId && v.sku !== v.skuId) {
      ctx.addIssue({ code: "custom", message: "sku and skuId name different products", path: ["skuId"] });
      return z.NEVER;
    }
    const known = SKU_CATALOG[sku].servicePlans.map((p) => p.servicePlanId);
    const unknown = (v.disabledPlans ?? []).filter((p) => !known.includes(p));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `These service plans are not part of ${sku}: ${unknown.join(", ")}`,
        path: ["disabledPlans"],
      });
      return z.NEVER;
    }
    return { sku, disabledPlans: [...new Set(v.disabledPlans ?? [])] };
  })
  .meta({ id: "AssignedLicense", description: "{ sku } or { skuId }, with optional disabledPlans" });

const licenseChangeShape = {
  addLicenses: z.array(addLicenseInput).max(ALL_SKUS.length).default([]),
  removeLicenses: z.array(skuRef).max(ALL_SKUS.length).default([]),
};

function noOverlap(v: { addLicenses: { sku: SkuPartNumber }[]; removeLicenses: SkuPartNumber[] }, ctx: z.RefinementCtx) {
  const both = v.addLicenses.map((a) => a.sku).filter((s) => v.removeLicenses.includes(s));
  if (both.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `A sku can't be both added and removed: ${[...new Set(both)].join(", ")}`,
      path: ["removeLicenses"],
    });
  }
  const adds = v.addLicenses.map((a) => a.sku);
  if (new Set(adds).size !== adds.length) ctx.addIssue({ code: "custom", message: "A sku is listed twice", path: ["addLicenses"] });
}

/** Graph's assignLicense body: all or nothing. */
export const assignLicenseInput = z
  .object(licenseChangeShape)
  .strict()
  .superRefine(noOverlap)
  .meta({ id: "AssignLicense", description: "Graph's assignLicense body; skus may be skuPartNumbers or skuId GUIDs" });
export type AssignLicenseInput = z.output<typeof assignLicenseInput>;

export const MAX_BULK_USERS = 50_000;

export const bulkLicenseInput = z
  .object({
    userIds: z.array(text().min(1).max(100)).min(1, "Select at least one user").max(MAX_BULK_USERS),
    ...licenseChangeShape,
    dryRun: z.boolean().default(false).meta({ description: "Only report what would happen; change nothing" }),
  })
  .strict()
  .superRefine(noOverlap)
  .superRefine((v, ctx) => {
    if (v.addLicenses.length === 0 && v.removeLicenses.length === 0) {
      ctx.addIssue({ code: "custom", message: "Add or remove at least one license", path: ["addLicenses"] });
    }
  })
  .meta({ id: "BulkLicenseChange", description: "The same change for many users, all or nothing" });
export type BulkLicenseInput = z.output<typeof bulkLicenseInput>;

// ---------------------------------------------------------------- import

/** One CSV row or JSON row of an import, before validation (every field is a string as typed). */
export const importRow = z
  .object({
    displayName: text().optional(),
    userPrincipalName: text().optional(),
    usageLocation: text().nullable().optional(),
    pstnConnectivity: text().optional(),
    kind: text().optional(),
  })
  .meta({ id: "ImportRow" });

export const MAX_IMPORT_ROWS = 20_000;

export const importUsersInput = z
  .object({
    csv: text().max(5_000_000).optional().meta({ description: "CSV text with a header row (see the template)" }),
    rows: z.array(importRow).max(MAX_IMPORT_ROWS).optional(),
    mode: z
      .enum(["allOrNothing", "validRowsOnly"])
      .default("allOrNothing")
      .meta({ description: "allOrNothing: any bad row imports nothing; validRowsOnly: import the good rows, report the bad" }),
  })
  .strict()
  .refine((v) => (v.csv === undefined) !== (v.rows === undefined), "Send either csv or rows")
  .meta({ id: "ImportUsers" });
export type ImportUsersInput = z.output<typeof importUsersInput>;

export const CSV_TEMPLATE =
  "displayName,userPrincipalName,usageLocation,pstnConnectivity,kind\n" +
  "Alex Wilber,alex@contoso.test,US,online,person\n" +
  "Board Room,boardroom@contoso.test,US,online,room\n";

// ---------------------------------------------------------------- responses (OpenAPI)

export const assignedLicenseSchema = z
  .object({ sku: z.string(), skuId: z.string().nullable(), disabledPlans: z.array(z.string()) })
  .meta({ id: "AssignedLicenseView" });

export const userSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    userPrincipalName: z.string(),
    usageLocation: z.string().nullable(),
    pstnConnectivity: pstnConnectivity,
    kind: userKind,
    createdAt: z.string(),
    assignedLicenses: z.array(assignedLicenseSchema),
  })
  .meta({ id: "DirectoryUser" });

export const usersPageSchema = z
  .object({ users: z.array(userSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: "UsersPage" });

const servicePlanInfo = z.object({
  servicePlanId: z.string(),
  servicePlanName: z.string(),
  provisioningStatus: z.string(),
  appliesTo: z.string(),
});

export const subscribedSkuSchema = z
  .object({
    id: z.string().meta({ description: "{tenantId}_{skuId}" }),
    skuId: z.string().nullable(),
    skuPartNumber: z.string(),
    appliesTo: z.literal("User"),
    capabilityStatus: z.enum(["Enabled", "Suspended"]),
    consumedUnits: z.number().int(),
    prepaidUnits: z.object({
      enabled: z.number().int(),
      suspended: z.number().int(),
      warning: z.number().int(),
      lockedOut: z.number().int(),
    }),
    servicePlans: z.array(servicePlanInfo),
    subscriptionIds: z.array(z.string()),
    unlimited: z.boolean().meta({ description: "Sandbox extra: Communications Credits licenses have no seat limit" }),
  })
  .meta({ id: "SubscribedSku" });

export const licenseDetailsSchema = z
  .object({ id: z.string(), skuId: z.string().nullable(), skuPartNumber: z.string(), servicePlans: z.array(servicePlanInfo) })
  .meta({ id: "LicenseDetails" });

export const bulkReportSchema = z
  .object({
    ok: z.boolean(),
    applied: z.boolean(),
    users: z.number().int(),
    failed: z.number().int(),
    report: z.array(
      z.object({
        userId: z.string(),
        userPrincipalName: z.string().nullable(),
        ok: z.boolean(),
        added: z.array(z.string()),
        removed: z.array(z.string()),
        error: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  })
  .meta({ id: "BulkLicenseReport" });

export const importResultSchema = z
  .object({
    imported: z.number().int(),
    rows: z.number().int(),
    errors: z.array(z.object({ line: z.number().int(), field: z.string().optional(), message: z.string() })),
  })
  .meta({ id: "ImportUsersResult" });

export const seatUsageSchema = z
  .object({
    sku: z.string(),
    name: z.string(),
    purchased: z.number().int().nullable(),
    assigned: z.number().int(),
    available: z.number().int().nullable(),
    unlimited: z.boolean(),
    holders: z.array(z.object({ id: z.string(), displayName: z.string(), userPrincipalName: z.string() })),
  })
  .meta({ id: "SeatUsage" });

export const licenseOverviewSchema = z
  .object({
    skus: z.array(seatUsageSchema),
    phoneNumbers: z.object({
      callingPlanLicenses: z.number().int(),
      userNumbers: z.number().int(),
      serviceNumberLicenses: z.number().int(),
      tollServiceNumbers: z.number().int(),
      tollFreeServiceNumbers: z.number().int(),
    }),
  })
  .meta({ id: "LicenseOverview" });
