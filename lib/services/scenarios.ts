import "server-only";
import { inTenantTransaction } from "./transaction";
import { getDb, type Tx } from "@/lib/data/db";
import {
  createScenarioRow,
  findAllScenarios,
  findMetGoals,
  findScenarioRow,
  findScenariosCreatedBy,
  findTenantScenarioId,
  recordMetGoals,
  setTenantScenario,
  type ScenarioRow,
} from "@/lib/data/scenarios";
import { findSavePointDocument } from "@/lib/data/save-points";
import { readTenantDocument } from "@/lib/data/tenant-document";
import { assertCan, type Actor, type TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";
import { checkGoalReferences, evaluateGoals, type Goal, type TenantGoalView } from "@/lib/domain/goals";

export type { TenantGoalView };
import { BUILT_IN_SCENARIOS, findBuiltInScenario, type Scenario } from "@/lib/domain/scenarios";
import type { TenantDocument } from "@/lib/domain/tenant-document";
import { fieldErrors } from "@/lib/validation/errors";
import { createScenarioInput, startScenarioInput } from "@/lib/validation/goals";
import { createTenantFromDocument, exportTenant, parseTenantDocument } from "./snapshots";
import type { TenantState } from "@/lib/validation/responses";
import { getTenantAccess } from "./tenants";
import { instanceRoleOf } from "./signins";

/** Scenarios and goals (issue 11; shared/api.md "Scenarios and classes"). */

export interface ScenarioView {
  id: string;
  title: string;
  description: string;
  builtIn: boolean;
  goals: Goal[];
}

const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 };

function viewOf(s: Scenario): ScenarioView {
  return { id: s.id, title: s.title, description: s.description, builtIn: s.builtIn, goals: s.goals };
}

function scenarioOfRow(row: ScenarioRow): Scenario {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    builtIn: false,
    goals: JSON.parse(row.goalsJson) as Goal[],
    document: JSON.parse(row.documentJson) as TenantDocument,
  };
}

/** Trainers and owners share the instance's scenario library; a member sees the built-in ones (and any it composed). */
async function seesInstanceLibrary(actor: Actor): Promise<boolean> {
  return (await instanceRoleOf(actor)) !== "member";
}

/** A scenario the actor may use: a built-in one, one it composed, or (trainer/owner) the instance's; else 404. */
export async function findScenario(tx: Tx, actor: Actor, id: string): Promise<Scenario> {
  const builtIn = findBuiltInScenario(id);
  if (builtIn) return builtIn;
  const row = await findScenarioRow(tx, id);
  if (!row || (row.createdById !== actor.accountId && !(await seesInstanceLibrary(actor)))) throw AppError.notFound("That scenario");
  return scenarioOfRow(row);
}

/** GET /scenarios: the built-in ones, then the instance's own (a member: only those it composed). */
export async function listScenarios(actor: Actor): Promise<ScenarioView[]> {
  const own = (await seesInstanceLibrary(actor)) ? await findAllScenarios(getDb()) : await findScenariosCreatedBy(getDb(), actor.accountId);
  return [...BUILT_IN_SCENARIOS, ...own.map(scenarioOfRow)].map(viewOf);
}

async function startingDocument(
  actor: Actor,
  input: { fromTenant?: string; fromSnapshot?: string; document?: unknown },
): Promise<TenantDocument> {
  const sources = [input.fromTenant !== undefined || input.fromSnapshot !== undefined, input.document !== undefined].filter(Boolean).length;
  if (sources !== 1)
    throw AppError.validation({ document: ["Give either a document, or fromTenant (with fromSnapshot for one of its save points)."] });
  if (input.document !== undefined) {
    try {
      return parseTenantDocument(input.document);
    } catch (e) {
      if (e instanceof AppError && e.body.details) throw AppError.validation(prefixed("document", e.body.details), e.message);
      throw e;
    }
  }
  if (input.fromTenant === undefined)
    throw AppError.validation({ fromTenant: ["A save point belongs to a tenant: name it in fromTenant."] });
  const access = await getTenantAccess(actor, input.fromTenant);
  if (input.fromSnapshot === undefined) return exportTenant(access);
  assertCan(access, "tenant:read");
  const row = await findSavePointDocument(getDb(), access.tenantId, input.fromSnapshot);
  if (!row) throw AppError.notFound("That save point");
  return parseTenantDocument(JSON.parse(row.documentJson));
}

function prefixed(prefix: string, details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).map(([k, v]) => [`${prefix}.${k}`, v]));
}

/** POST /scenarios: a scenario from a tenant, a save point or a document; goals naming unknown skus or users are refused (400). */
export async function createScenario(actor: Actor, body: unknown): Promise<ScenarioView> {
  if (!(await seesInstanceLibrary(actor)))
    throw new AppError({ code: "FORBIDDEN", message: "Only a trainer or an owner publishes scenarios." });
  const parsed = createScenarioInput.safeParse(body);
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  const input = parsed.data;
  const document = await startingDocument(actor, input);
  const goals: Goal[] = input.goals.map((g, i) => ({ ...g, id: g.id ?? `goal-${i + 1}` }));
  const problems = checkGoalReferences(goals, document.tenant);
  if (Object.keys(problems).length > 0)
    throw AppError.validation(problems, "Some goals name a sku or user the scenario's tenant doesn't have.");
  const row = await createScenarioRow(getDb(), {
    title: input.title,
    description: input.description,
    documentJson: JSON.stringify(document),
    goalsJson: JSON.stringify(goals),
    createdById: actor.accountId,
  });
  return viewOf(scenarioOfRow(row));
}

/** POST /scenarios/{id}/start: a new tenant of the caller's (Global admin) in the scenario's starting state. */
export async function startScenario(actor: Actor, scenarioId: string, body: unknown): Promise<TenantState> {
  const parsed = startScenarioInput.safeParse(body ?? {});
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  const scenario = await findScenario(getDb(), actor, scenarioId);
  return getDb().$transaction(async (tx) => {
    const name = parsed.data.name ?? scenario.title;
    const state = await createTenantFromDocument(tx, actor, scenario.document, name, "scenario.start", { scenarioId: scenario.id });
    await setTenantScenario(tx, state.id, scenario.id);
    return state;
  }, TX_OPTIONS);
}

/**
 * GET /tenants/{id}/goals: the scenario's goals judged on the tenant's current state; a goal's metAt is when it
 * was first seen met (recorded on that read). Empty for a tenant not started from a scenario.
 */
export async function tenantGoals(access: TenantAccess): Promise<TenantGoalView[]> {
  assertCan(access, "tenant:read");
  return inTenantTransaction(access.tenantId, (tx) => judgeTenantGoals(tx, access.tenantId), TX_OPTIONS);
}

/** The goals of a scenario id (built in or composed); empty when it is gone. */
export async function goalsOfScenario(tx: Tx, scenarioId: string): Promise<Goal[]> {
  const builtIn = findBuiltInScenario(scenarioId);
  if (builtIn) return builtIn.goals;
  const row = await findScenarioRow(tx, scenarioId);
  return row ? scenarioOfRow(row).goals : [];
}

/**
 * A tenant's goals judged now, recording when each was first seen met. Reads only the database, so every
 * instance of the server answers the same (the class progress board relies on it). No access check: callers check.
 */
export async function judgeTenantGoals(tx: Tx, tenantId: string): Promise<TenantGoalView[]> {
  const scenarioId = await findTenantScenarioId(tx, tenantId);
  if (scenarioId === null) return [];
  const goals = await goalsOfScenario(tx, scenarioId);
  const doc = await readTenantDocument(tx, tenantId, new Date());
  if (!doc) throw AppError.notFound("That tenant");
  const results = evaluateGoals(goals, doc.tenant);
  const known = new Map((await findMetGoals(tx, tenantId)).map((g) => [g.goalId, g.metAt]));
  const now = new Date();
  const newlyMet = results.filter((r) => r.met && !known.has(r.id)).map((r) => r.id);
  await recordMetGoals(tx, tenantId, newlyMet, now);
  for (const id of newlyMet) known.set(id, now);
  return results.map((r, i) => ({
    id: r.id,
    text: r.text,
    hint: goals[i].hint ?? null,
    met: r.met,
    metAt: known.get(r.id)?.toISOString() ?? null,
  }));
}
