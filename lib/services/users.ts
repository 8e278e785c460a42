import "server-only";
import { getDb } from "@/lib/data/db";
import { findUsersPage } from "@/lib/data/users";
import { assertCan, type TenantAccess } from "./actor";

export interface DirectoryUserView {
  id: string;
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  pstnConnectivity: string;
  kind: string;
  assignedLicenses: { sku: string }[];
}

export async function listUsers(access: TenantAccess, opts: { page?: number; pageSize?: number } = {}) {
  assertCan(access, "users:read");
  const pageSize = opts.pageSize ?? 50;
  const page = Math.max(1, opts.page ?? 1);
  const { rows, total } = await findUsersPage(getDb(), access.tenantId, { skip: (page - 1) * pageSize, take: pageSize });
  const users: DirectoryUserView[] = rows.map((u) => ({
    id: u.id,
    userPrincipalName: u.userPrincipalName,
    displayName: u.displayName,
    usageLocation: u.usageLocation,
    pstnConnectivity: u.pstnConnectivity,
    kind: u.kind,
    assignedLicenses: u.assignments.map((a) => ({ sku: a.sku })),
  }));
  return { users, total, page, pageSize };
}
