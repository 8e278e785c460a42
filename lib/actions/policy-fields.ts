/**
 * Policy flags posted by a form as flat `policy.<flag>` fields (the create-tenant form prefilled from the
 * eligibility matrix), turned into the nested object createTenantInput expects; "true"/"false" become booleans.
 */
export function splitPolicyFields(values: Record<string, string>): {
  rest: Record<string, string>;
  policy?: Record<string, string | boolean>;
} {
  const rest: Record<string, string> = {};
  const policy: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(values)) {
    if (!k.startsWith("policy.")) rest[k] = v;
    else policy[k.slice("policy.".length)] = v === "true" ? true : v === "false" ? false : v;
  }
  return Object.keys(policy).length > 0 ? { rest, policy } : { rest };
}
