import type { Tx } from "./db";

/** Custom scenarios (issue 11) and the goals tenants started from one have met. */
export interface ScenarioRow {
  id: string;
  title: string;
  description: string;
  documentJson: string;
  goalsJson: string;
  createdById: string;
}

export function createScenarioRow(tx: Tx, data: Omit<ScenarioRow, "id">): Promise<ScenarioRow> {
  return tx.scenario.create({ data });
}

export function findScenariosCreatedBy(tx: Tx, accountId: string): Promise<ScenarioRow[]> {
  return tx.scenario.findMany({ where: { createdById: accountId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** Every scenario composed on this instance, oldest first. */
export function findAllScenarios(tx: Tx): Promise<ScenarioRow[]> {
  return tx.scenario.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export function findScenarioRow(tx: Tx, id: string): Promise<ScenarioRow | null> {
  return tx.scenario.findUnique({ where: { id } });
}

export async function setTenantScenario(tx: Tx, tenantId: string, scenarioId: string): Promise<void> {
  await tx.tenant.update({ where: { id: tenantId }, data: { scenarioId } });
}

export async function findTenantScenarioId(tx: Tx, tenantId: string): Promise<string | null> {
  const row = await tx.tenant.findUnique({ where: { id: tenantId }, select: { scenarioId: true } });
  return row?.scenarioId ?? null;
}

export function findMetGoals(tx: Tx, tenantId: string): Promise<{ goalId: string; metAt: Date }[]> {
  return tx.tenantGoal.findMany({ where: { tenantId }, select: { goalId: true, metAt: true } });
}

export async function recordMetGoals(tx: Tx, tenantId: string, goalIds: string[], metAt: Date): Promise<void> {
  for (const goalId of goalIds) {
    await tx.tenantGoal.upsert({ where: { tenantId_goalId: { tenantId, goalId } }, create: { tenantId, goalId, metAt }, update: {} });
  }
}
