import "server-only";
import type { Tx } from "./db";

export async function findUsersPage(tx: Tx, tenantId: string, opts: { skip?: number; take?: number } = {}) {
  const where = { tenantId };
  const [rows, total] = await Promise.all([
    tx.directoryUser.findMany({
      where,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      skip: opts.skip ?? 0,
      take: opts.take ?? 50,
      include: { assignments: { where: { tenantId }, select: { sku: true } } },
    }),
    tx.directoryUser.count({ where }),
  ]);
  return { rows, total };
}
