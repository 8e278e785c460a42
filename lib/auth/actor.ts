import type { Permission, Role } from "@/lib/domain/roles";
import { can } from "@/lib/domain/roles";
import { AppError } from "@/lib/domain/errors";

/** Who is acting: a signed-in person or the owner of an API token. */
export interface Actor {
  accountId: string;
  email: string;
  name: string;
  via: "session" | "token";
  /** the console session or API token this request came with (a password change keeps it, ends the others) */
  sessionId?: string;
  tokenId?: string;
}

/** An actor's access to one tenant; only ever built from a membership row. */
export interface TenantAccess {
  actor: Actor;
  tenantId: string;
  role: Role;
}

export function assertCan(access: TenantAccess, permission: Permission): void {
  if (!can(access.role, permission)) throw AppError.forbidden();
}
