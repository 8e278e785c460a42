import "server-only";
import { inTenantTransaction } from "./transaction";
import { getDb } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  createPhoneNumbers,
  deletePhoneNumber,
  findNumberOfUser,
  findPhoneNumber,
  findPhoneNumbers,
  setNumberAssignee,
} from "@/lib/data/phone-numbers";
import {
  decideAcquireNumbers,
  decideAssignNumber,
  decideReleaseNumber,
  numberCapacity,
  type AcquireRequest,
  type NumberCapacity,
  type PhoneNumberSnapshot,
} from "@/lib/domain/phone-numbers";
import { auditRuleIds } from "@/lib/domain/rule-index";
import { AppError } from "@/lib/domain/errors";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "./audit";
import { actorOf, snapshotOf, unwrap } from "./support";
import { getUserRow, toUserSnapshot } from "./users";

export type PhoneNumberView = PhoneNumberSnapshot;

export interface PhoneNumbersView {
  capacity: NumberCapacity;
  numbers: PhoneNumberView[];
}

/** GET /tenants/{id}/phone-numbers: the capacity the licenses give (R-NUM-USER, R-NUM-SVC, A-20) and the numbers held. */
export async function listPhoneNumbers(access: TenantAccess): Promise<PhoneNumbersView> {
  assertCan(access, "billing:read");
  const db = getDb();
  const [snapshot, numbers] = await Promise.all([snapshotOf(db, access.tenantId), findPhoneNumbers(db, access.tenantId)]);
  return { capacity: numberCapacity(snapshot), numbers };
}

/** POST /tenants/{id}/phone-numbers: acquire numbers of one kind in one country, all or nothing. */
export async function acquirePhoneNumbers(access: TenantAccess, request: AcquireRequest): Promise<PhoneNumberView[]> {
  assertCan(access, "billing:purchase");
  return auditRefusals(access, "phoneNumbers.acquire", `${request.kind} ${request.country}`, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      const snapshot = await snapshotOf(tx, access.tenantId);
      const held = await findPhoneNumbers(tx, access.tenantId);
      const decision = unwrap(decideAcquireNumbers(snapshot, held, request));
      const created = await createPhoneNumbers(tx, access.tenantId, request.kind, request.country, decision.numbers);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: "phoneNumbers.acquire",
        target: `${request.kind} ${request.country}`,
        outcome: "success",
        ruleIds: auditRuleIds(decision.allowedBy),
        details: { kind: request.kind, country: request.country, numbers: decision.numbers },
      });
      return created;
    }),
  );
}

async function numberOrNotFound(access: TenantAccess, numberId: string): Promise<PhoneNumberSnapshot> {
  const number = await findPhoneNumber(getDb(), access.tenantId, numberId);
  if (!number) throw AppError.notFound("That phone number");
  return number;
}

/** DELETE /tenants/{id}/phone-numbers/{numberId}: release a number (refused while a user holds it). */
export async function releasePhoneNumber(access: TenantAccess, numberId: string): Promise<void> {
  assertCan(access, "billing:purchase");
  const found = await numberOrNotFound(access, numberId);
  await auditRefusals(access, "phoneNumbers.release", found.number, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      const number = await findPhoneNumber(tx, access.tenantId, numberId);
      if (!number) throw AppError.notFound("That phone number");
      const decision = unwrap(decideReleaseNumber(number));
      await deletePhoneNumber(tx, access.tenantId, numberId);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: "phoneNumbers.release",
        target: number.number,
        outcome: "success",
        ruleIds: decision.allowedBy,
        details: { kind: number.kind, country: number.country },
      });
    }),
  );
}

/** PATCH /tenants/{id}/phone-numbers/{numberId} { assignedTo }: give a user number to a user, or take it back (null). */
export async function assignPhoneNumber(access: TenantAccess, numberId: string, assignedTo: string | null): Promise<PhoneNumberView> {
  assertCan(access, "licenses:assign");
  const found = await numberOrNotFound(access, numberId);
  return auditRefusals(access, "phoneNumbers.assign", found.number, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      const number = await findPhoneNumber(tx, access.tenantId, numberId);
      if (!number) throw AppError.notFound("That phone number");
      let ruleIds: string[] = [];
      if (assignedTo !== null) {
        const user = toUserSnapshot(await getUserRow(tx, access.tenantId, assignedTo));
        const theirs = await findNumberOfUser(tx, access.tenantId, assignedTo);
        ruleIds = unwrap(decideAssignNumber(number, user, theirs !== null && theirs.id !== number.id)).allowedBy;
      }
      const updated = await setNumberAssignee(tx, access.tenantId, numberId, assignedTo);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: assignedTo === null ? "phoneNumbers.unassign" : "phoneNumbers.assign",
        target: number.number,
        outcome: "success",
        ruleIds,
        details: { from: number.assignedTo, to: assignedTo },
      });
      return updated;
    }),
  );
}
