import "server-only";
import { inTenantTransaction } from "./transaction";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { createAuditEvent } from "@/lib/data/audit";
import { isRunningClassTrainer } from "@/lib/data/classes";
import { getDb } from "@/lib/data/db";
import { countGlobalAdmins, findAccountIdByEmail, findMembers, findMembership, upsertMembership } from "@/lib/data/tenants";
import { AppError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import type { AddMemberInput } from "@/lib/validation/tenants";
import { actorOf } from "./support";

export interface MemberView {
  accountId: string;
  email: string;
  name: string;
  role: Role;
}

export async function listMembers(access: TenantAccess): Promise<MemberView[]> {
  assertCan(access, "tenant:read");
  const rows = await findMembers(getDb(), access.tenantId);
  return rows.map((m) => ({ accountId: m.account.id, email: m.account.email, name: m.account.name, role: m.role as Role }));
}

/** A Global admin gives another sign-in a role in this tenant. */
export async function addMember(access: TenantAccess, input: AddMemberInput): Promise<MemberView> {
  assertCan(access, "members:manage");
  return inTenantTransaction(access.tenantId, async (tx) => {
    const account = await findAccountIdByEmail(tx, input.email);
    if (!account) {
      throw AppError.validation({ email: ["No sign-in uses that email address."] }, "No sign-in uses that email address.");
    }
    const existing = await findMembership(tx, access.tenantId, account.id);
    if (existing && account.id === access.actor.accountId && existing.role !== input.role) {
      throw new AppError({
        code: "CONFLICT",
        message: "You can't change your own role. Ask another Global admin of this tenant.",
        details: { email: ["That's you."] },
      });
    }
    // SBX-CLASS-TRAINER: in a trainee's copy, the class sets the trainer's role (the board's links rely on it).
    if (existing && existing.role !== input.role && (await isRunningClassTrainer(tx, access.tenantId, account.id))) {
      throw new AppError({
        code: "CONFLICT",
        message:
          "This sign-in is the trainer of the class this tenant belongs to; the class sets its role here. The trainer can change it for the whole class.",
        details: { email: ["The class's trainer."] },
      });
    }
    if (existing?.role === "GLOBAL_ADMIN" && input.role !== "GLOBAL_ADMIN") {
      const admins = await countGlobalAdmins(tx, access.tenantId);
      if (admins <= 1) {
        throw new AppError({
          code: "CONFLICT",
          message: "This is the tenant's only Global admin. Make someone else a Global admin first, so the tenant keeps one.",
          details: { role: ["The tenant needs at least one Global admin."] },
        });
      }
    }
    await upsertMembership(tx, access.tenantId, account.id, input.role);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access),
      action: existing ? "member.role" : "member.add",
      target: account.email,
      outcome: "success",
      details: existing ? { from: existing.role, to: input.role } : { role: input.role },
    });
    return { accountId: account.id, email: account.email, name: account.name, role: input.role };
  });
}
