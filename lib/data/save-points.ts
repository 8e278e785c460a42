import "server-only";
import type { Tx } from "./db";

/** Save points: a tenant document kept under a name (issue 12); the document itself is read and written by tenant-document.ts. */

export async function createSavePoint(
  tx: Tx,
  tenantId: string,
  data: { name: string; documentJson: string; tenantNow: Date; actorEmail: string },
) {
  return tx.savePoint.create({
    data: { tenantId, ...data },
    select: { id: true, name: true, createdAt: true, actorEmail: true, tenantNow: true },
  });
}

export async function findSavePoints(tx: Tx, tenantId: string) {
  return tx.savePoint.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, createdAt: true, actorEmail: true, tenantNow: true },
  });
}

export async function findSavePointDocument(tx: Tx, tenantId: string, savePointId: string) {
  return tx.savePoint.findFirst({ where: { id: savePointId, tenantId }, select: { id: true, name: true, documentJson: true } });
}

export async function deleteSavePoint(tx: Tx, tenantId: string, savePointId: string): Promise<boolean> {
  const res = await tx.savePoint.deleteMany({ where: { id: savePointId, tenantId } });
  return res.count === 1;
}
