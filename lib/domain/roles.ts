/**
 * The role -> permission map, pure. Roles are per tenant membership, as in Microsoft 365.
 * The UI uses it to hide what a role can't do; every server action and API handler checks it again.
 */

export const ROLES = ["GLOBAL_ADMIN", "BILLING_ADMIN", "LICENSE_ADMIN", "GLOBAL_READER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  GLOBAL_ADMIN: "Global admin",
  BILLING_ADMIN: "Billing admin",
  LICENSE_ADMIN: "License admin",
  GLOBAL_READER: "Global reader",
};

export const PERMISSIONS = [
  "tenant:read",
  "tenant:update",
  "tenant:delete",
  "tenant:reset",
  "members:manage",
  "audit:read",
  "billing:read",
  "billing:purchase",
  "billing:switchPlan",
  "billing:seats",
  "credits:manage",
  "credits:simulate",
  "clock:advance",
  "users:read",
  "users:manage",
  "licenses:assign",
  // SBX-FAULT-ROLE: sandbox faults are set by a Global admin only (everyone with tenant:read sees them).
  "faults:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ["tenant:read", "audit:read", "billing:read", "users:read"];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  GLOBAL_ADMIN: new Set(PERMISSIONS),
  BILLING_ADMIN: new Set<Permission>([
    ...READ,
    "billing:purchase",
    "billing:switchPlan",
    "billing:seats",
    "credits:manage",
    "credits:simulate",
  ]),
  LICENSE_ADMIN: new Set<Permission>([...READ, "users:manage", "licenses:assign"]),
  GLOBAL_READER: new Set<Permission>(READ),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && GRANTS[role].has(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
