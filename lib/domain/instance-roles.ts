/**
 * Instance roles (shared/api.md "Sign-ins"): who may manage which sign-ins. Pure: the services load the rows,
 * these functions decide.
 */
export const INSTANCE_ROLES = ["owner", "trainer", "member"] as const;
export type InstanceRole = (typeof INSTANCE_ROLES)[number];

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_BULK_ACCOUNTS = 500;

export function asInstanceRole(value: string): InstanceRole {
  return (INSTANCE_ROLES as readonly string[]).includes(value) ? (value as InstanceRole) : "member";
}

/** Which sign-ins a role lists: every one, those it created, or none (403). */
export function accountScope(role: InstanceRole): "all" | "created" | "none" {
  return role === "owner" ? "all" : role === "trainer" ? "created" : "none";
}

/** An owner creates any role; a trainer creates trainees (`member`) only; a member creates none. */
export function mayCreateWithRole(actorRole: InstanceRole, targetRole: InstanceRole): boolean {
  if (actorRole === "owner") return true;
  return actorRole === "trainer" && targetRole === "member";
}

/** Whether the actor sees (and so may manage) a sign-in; one it may not see is "not found". */
export function maySee(actor: { id: string; role: InstanceRole }, target: { id: string; createdById: string | null }): boolean {
  const scope = accountScope(actor.role);
  return scope === "all" || (scope === "created" && target.createdById === actor.id);
}

/** The refusal for a change the actor may not make, or null. An owner can't disable or demote itself (someone must own). */
export function patchRefusal(
  actor: { id: string; role: InstanceRole },
  target: { id: string },
  patch: { instanceRole?: InstanceRole; disabled?: boolean },
): string | null {
  if (patch.instanceRole !== undefined && !mayCreateWithRole(actor.role, patch.instanceRole)) {
    return "A trainer can give trainee sign-ins the member role only.";
  }
  if (actor.id === target.id && (patch.disabled === true || (patch.instanceRole && patch.instanceRole !== actor.role))) {
    return "You can't disable your own sign-in or change your own role; ask another owner.";
  }
  return null;
}

/** Rows of a bulk list that can't be created: malformed emails are caught by validation, duplicates here. */
export function duplicateRows(emails: string[], taken: Set<string>): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  const seen = new Map<string, number>();
  emails.forEach((raw, i) => {
    const email = raw.trim().toLowerCase();
    const first = seen.get(email);
    if (first !== undefined) details[`accounts.${i}.email`] = [`${email} is also on row ${first + 1}.`];
    else if (taken.has(email)) details[`accounts.${i}.email`] = [`${email} already has a sign-in.`];
    if (first === undefined) seen.set(email, i);
  });
  return details;
}
