/**
 * The eligibility matrix: every situation the model tells apart, against every add-on, with the offer's
 * status and its first reason (code and rule id). Computed with the same engine as a real tenant's offers
 * (decideOffer on a hypothetical snapshot, what-if.ts).
 *
 * A situation is plan (or none yet) x channel x commitment x org type x cloud x country class x policy.
 * - Countries come as classes (country-classes.ts): one representative country per class, unless the
 *   filter names countries, which are then evaluated themselves.
 * - Policy flags (catalogue §7) appear only where they matter: a flag is part of a situation when flipping it
 *   alone changes some add-on's status, code or rule id there; the situation is then listed once per value
 *   of each such flag. Elsewhere the defaults apply and `policy` is empty.
 */
import { COUNTRY_CLASSES, countryClassOf, findCountryClass } from "./country-classes";
import { decideOffer, type OfferStatus } from "./offers";
import { buildHypotheticalSnapshot } from "./what-if";
import {
  ADDON_SKUS,
  CHANNELS,
  CLOUDS,
  COMMITMENTS,
  DEFAULT_POLICY,
  ORG_TYPES,
  PLAN_SKUS,
  type AddonSku,
  type Channel,
  type Cloud,
  type Commitment,
  type DenialCode,
  type OrgType,
  type PlanSku,
  type TenantPolicy,
} from "./types";

/** The policy flags that can change an offer, with the values each can take (default first). */
export const MATRIX_POLICY_FLAGS = {
  monthlyCommitmentBlocksAddOns: [true, false],
  sfbPlan2PhoneSystem: ["allow", "switch"],
  canadaCallingPlansPreview: [false, true],
  callingPlanPurchaseCountry: ["usageLocation", "tenantCountry"],
  creditsInBahrainBrazilBrunei: [true, false],
  phoneSystemOn21Vianet: [true, false],
} as const satisfies Partial<{ [K in keyof TenantPolicy]: readonly TenantPolicy[K][] }>;

export type MatrixPolicyFlag = keyof typeof MATRIX_POLICY_FLAGS;
export type MatrixPolicy = Partial<Pick<TenantPolicy, MatrixPolicyFlag>>;

export interface MatrixSituation {
  /** Stable id of the situation, e.g. "ENTERPRISEPACK|direct|annual|commercial|worldwide|US" (+ "|flag=value"). */
  key: string;
  plan: PlanSku | null;
  channel: Channel;
  commitment: Commitment;
  orgType: OrgType;
  cloud: Cloud;
  /** The country evaluated: the class's representative, or a country the filter named. */
  country: string;
  /** Id of the country's class (country-classes.ts). */
  countryClass: string;
  /** Only the flags that matter here (see the module comment); the others are the defaults. */
  policy: MatrixPolicy;
}

export interface MatrixRow {
  situation: MatrixSituation;
  sku: AddonSku;
  status: OfferStatus;
  /** The first reason's code (what a purchase would answer); null when available with no reason. */
  code: DenialCode | null;
  ruleId: string | null;
}

/** Each dimension: absent or empty means every value. `country` takes ISO codes and class ids. */
export interface MatrixFilter {
  plan?: readonly (PlanSku | null)[];
  channel?: readonly Channel[];
  commitment?: readonly Commitment[];
  orgType?: readonly OrgType[];
  cloud?: readonly Cloud[];
  country?: readonly string[];
}

export const MATRIX_PLANS: readonly (PlanSku | null)[] = [null, ...PLAN_SKUS];

interface Base {
  plan: PlanSku | null;
  channel: Channel;
  commitment: Commitment;
  orgType: OrgType;
  cloud: Cloud;
  country: string;
  countryClass: string;
}

type Cell = Omit<MatrixRow, "situation">;

function pick<T>(all: readonly T[], chosen: readonly T[] | undefined): readonly T[] {
  return chosen && chosen.length > 0 ? all.filter((v) => chosen.includes(v)) : all;
}

/** [country, class id] pairs: the filter's countries and classes, or every class's representative. */
function countriesOf(filter: readonly string[] | undefined): [string, string][] {
  if (!filter || filter.length === 0) return COUNTRY_CLASSES.map((c) => [c.representative, c.id]);
  const out = new Map<string, string>();
  for (const value of filter) {
    const cls = findCountryClass(value);
    if (cls) out.set(cls.representative, cls.id);
    const byCountry = countryClassOf(value);
    if (byCountry) out.set(value.toUpperCase(), byCountry.id);
  }
  return [...out.entries()];
}

function cells(base: Base, policy: MatrixPolicy): Cell[] {
  const snapshot = buildHypotheticalSnapshot({ ...base, policy });
  return ADDON_SKUS.map((sku) => {
    const offer = decideOffer(snapshot, sku);
    const first = offer.reasons[0];
    return { sku, status: offer.status, code: first?.code ?? null, ruleId: first?.ruleId ?? null };
  });
}

const sameCells = (a: Cell[], b: Cell[]) => a.every((c, i) => c.status === b[i].status && c.code === b[i].code && c.ruleId === b[i].ruleId);

const FLAGS = Object.keys(MATRIX_POLICY_FLAGS) as MatrixPolicyFlag[];

/** Every combination of the values of `flags`, defaults first. */
function policyVariants(flags: MatrixPolicyFlag[]): MatrixPolicy[] {
  let variants: MatrixPolicy[] = [{}];
  for (const flag of flags) {
    const values = MATRIX_POLICY_FLAGS[flag] as readonly unknown[];
    variants = variants.flatMap((v) => values.map((value) => ({ ...v, [flag]: value })));
  }
  return variants;
}

function situationKey(base: Base, policy: MatrixPolicy): string {
  const parts: string[] = [base.plan ?? "none", base.channel, base.commitment, base.orgType, base.cloud, base.country];
  for (const [flag, value] of Object.entries(policy)) parts.push(`${flag}=${String(value)}`);
  return parts.join("|");
}

/** The rows of one situation without its policy, one per policy variant that matters times add-on. */
function rowsOf(base: Base): MatrixRow[] {
  const defaults = cells(base, {});
  const relevant = FLAGS.filter((flag) => {
    const flipped = MATRIX_POLICY_FLAGS[flag].find((v) => v !== DEFAULT_POLICY[flag]);
    return !sameCells(defaults, cells(base, { [flag]: flipped }));
  });
  const rows: MatrixRow[] = [];
  for (const variant of policyVariants(relevant)) {
    // Name every relevant flag's value, defaults included, so each listed situation is explicit.
    const policy: MatrixPolicy = Object.fromEntries(relevant.map((f) => [f, variant[f] ?? DEFAULT_POLICY[f]]));
    const situation: MatrixSituation = { key: situationKey(base, policy), ...base, policy };
    const variantCells = Object.keys(variant).length === 0 ? defaults : cells(base, variant);
    for (const cell of variantCells) rows.push({ situation, ...cell });
  }
  return rows;
}

/** The matrix, filtered: situations in plan, channel, commitment, org type, cloud, country order; add-ons in catalog order. */
export function calculateMatrix(filter: MatrixFilter = {}): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const countries = countriesOf(filter.country);
  for (const plan of pick(MATRIX_PLANS, filter.plan))
    for (const channel of pick(CHANNELS, filter.channel))
      for (const commitment of pick(COMMITMENTS, filter.commitment))
        for (const orgType of pick(ORG_TYPES, filter.orgType))
          for (const cloud of pick(CLOUDS, filter.cloud))
            for (const [country, countryClass] of countries) {
              rows.push(...rowsOf({ plan, channel, commitment, orgType, cloud, country, countryClass }));
            }
  return rows;
}

/** The distinct situations of some rows, in order (rows of one situation are adjacent). */
export function matrixSituations(rows: readonly MatrixRow[]): MatrixSituation[] {
  const out: MatrixSituation[] = [];
  for (const row of rows) if (out[out.length - 1]?.key !== row.situation.key) out.push(row.situation);
  return out;
}
