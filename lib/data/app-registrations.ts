import "server-only";
import type { Tx } from "./db";

/** Graph clients (app registrations) and the access tokens issued to them (issue 13). */

export type AppRegistrationRow = {
  id: string;
  tenantId: string;
  displayName: string;
  clientId: string;
  secretHint: string;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
};

const publicFields = {
  id: true,
  tenantId: true,
  displayName: true,
  clientId: true,
  secretHint: true,
  createdBy: true,
  createdAt: true,
  revokedAt: true,
} as const;

export async function insertAppRegistration(
  tx: Tx,
  data: { tenantId: string; displayName: string; clientId: string; secretHash: string; secretHint: string; createdBy: string },
): Promise<AppRegistrationRow> {
  return tx.appRegistration.create({ data, select: publicFields });
}

export async function findAppRegistrations(tx: Tx, tenantId: string): Promise<AppRegistrationRow[]> {
  return tx.appRegistration.findMany({ where: { tenantId }, select: publicFields, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export async function findAppRegistration(tx: Tx, tenantId: string, id: string): Promise<AppRegistrationRow | null> {
  return tx.appRegistration.findFirst({ where: { tenantId, OR: [{ id }, { clientId: id }] }, select: publicFields });
}

/** The registration a client id names, with its secret hash (token endpoint only). */
export async function findAppByClientId(tx: Tx, clientId: string): Promise<(AppRegistrationRow & { secretHash: string }) | null> {
  return tx.appRegistration.findUnique({ where: { clientId }, select: { ...publicFields, secretHash: true } });
}

export async function markAppRevoked(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.appRegistration.update({ where: { id }, data: { revokedAt: at } });
  await tx.graphToken.deleteMany({ where: { appId: id } });
}

export async function insertGraphToken(
  tx: Tx,
  data: { tenantId: string; appId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await tx.graphToken.create({ data });
}

/** A token's app, or null for an unknown token. */
export async function findGraphToken(tx: Tx, tokenHash: string): Promise<{ expiresAt: Date; app: AppRegistrationRow } | null> {
  return tx.graphToken.findUnique({ where: { tokenHash }, select: { expiresAt: true, app: { select: publicFields } } });
}
