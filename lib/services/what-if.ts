import "server-only";
import { decideOffers, type Offer } from "@/lib/domain/offers";
import { buildHypotheticalSnapshot } from "@/lib/domain/what-if";
import { calculateMatrix, type MatrixFilter, type MatrixRow } from "@/lib/domain/matrix";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import type { EvaluateInput } from "@/lib/validation/what-if";
import type { Actor } from "@/lib/auth/actor";
import { mergePolicy } from "./tenants";

/**
 * What-if and the eligibility matrix: answers about tenants that don't exist, so nothing is read or written
 * and no tenant role applies; the caller only has to be signed in (the actor proves it).
 */

/** POST /evaluate: the offers a tenant in this situation would get (same engine as GET /tenants/{id}/offers). */
export function evaluateSituation(_actor: Actor, input: EvaluateInput): Offer[] {
  const policy = mergePolicy(DEFAULT_POLICY, input.policy);
  return decideOffers(buildHypotheticalSnapshot({ ...input, policy }));
}

/** GET /matrix: one row per situation and add-on. */
export function getMatrix(_actor: Actor, filter: MatrixFilter): MatrixRow[] {
  return calculateMatrix(filter);
}
