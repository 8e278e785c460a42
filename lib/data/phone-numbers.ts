import "server-only";
import type { Tx } from "./db";
import type { PhoneNumberKind, PhoneNumberSnapshot } from "@/lib/domain/phone-numbers";

const select = { id: true, number: true, kind: true, country: true, assignedTo: true } as const;

/** The tenant's phone numbers, in number order. */
export async function findPhoneNumbers(tx: Tx, tenantId: string): Promise<PhoneNumberSnapshot[]> {
  return tx.phoneNumber.findMany({ where: { tenantId }, select, orderBy: [{ kind: "asc" }, { number: "asc" }] });
}

export async function findPhoneNumber(tx: Tx, tenantId: string, id: string): Promise<PhoneNumberSnapshot | null> {
  return tx.phoneNumber.findFirst({ where: { tenantId, id }, select });
}

/** The user number a directory user holds, or null. */
export async function findNumberOfUser(tx: Tx, tenantId: string, userId: string): Promise<PhoneNumberSnapshot | null> {
  return tx.phoneNumber.findFirst({ where: { tenantId, assignedTo: userId }, select });
}

export async function createPhoneNumbers(
  tx: Tx,
  tenantId: string,
  kind: PhoneNumberKind,
  country: string,
  numbers: string[],
): Promise<PhoneNumberSnapshot[]> {
  const out: PhoneNumberSnapshot[] = [];
  for (const number of numbers) out.push(await tx.phoneNumber.create({ data: { tenantId, kind, country, number }, select }));
  return out;
}

export async function deletePhoneNumber(tx: Tx, tenantId: string, id: string): Promise<void> {
  await tx.phoneNumber.deleteMany({ where: { tenantId, id } });
}

export async function setNumberAssignee(tx: Tx, tenantId: string, id: string, assignedTo: string | null): Promise<PhoneNumberSnapshot> {
  await tx.phoneNumber.updateMany({ where: { tenantId, id }, data: { assignedTo } });
  return (await findPhoneNumber(tx, tenantId, id))!;
}

/** A deleted user's number goes back to the tenant's free numbers. */
export async function freeNumberOfUser(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx.phoneNumber.updateMany({ where: { tenantId, assignedTo: userId }, data: { assignedTo: null } });
}
