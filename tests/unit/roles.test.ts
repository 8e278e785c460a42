import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/domain/roles";

// The whole map, written out: a change to any grant must change this table.
const EXPECTED: Record<Role, Permission[]> = {
  GLOBAL_ADMIN: [...PERMISSIONS],
  BILLING_ADMIN: [
    "tenant:read",
    "audit:read",
    "billing:read",
    "users:read",
    "billing:purchase",
    "billing:switchPlan",
    "billing:seats",
    "credits:manage",
    "credits:simulate",
  ],
  LICENSE_ADMIN: ["tenant:read", "audit:read", "billing:read", "users:read", "users:manage", "licenses:assign"],
  GLOBAL_READER: ["tenant:read", "audit:read", "billing:read", "users:read"],
};

const cases = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => ({ role, permission, allowed: EXPECTED[role].includes(permission) })),
);

describe("permission map: every role x every permission", () => {
  it.each(cases)("$role $permission -> $allowed", ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it("denies everything without a role", () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  it("a Global reader can change nothing", () => {
    const writes = PERMISSIONS.filter((p) => !p.endsWith(":read"));
    for (const p of writes) expect(can("GLOBAL_READER", p)).toBe(false);
  });
});
