import { z } from "zod";
import { INSTANCE_ROLES, MAX_BULK_ACCOUNTS, MIN_PASSWORD_LENGTH } from "@/lib/domain/instance-roles";
import { text } from "./primitives";

const email = z.email("Enter a valid email address").trim().toLowerCase().max(254);
const name = text().trim().min(1, "Enter a name").max(100, "Use at most 100 characters");
export const password = text()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters");
const instanceRole = z.enum(INSTANCE_ROLES, "Choose owner, trainer or member");

export const createAccountInput = z
  .object({ email, name, password: password.optional(), instanceRole: instanceRole.optional() })
  .strict()
  .meta({ id: "CreateAccount" });

export const bulkAccountsInput = z
  .object({
    accounts: z
      .array(z.object({ email, name }).strict())
      .min(1, "List at least one sign-in")
      .max(MAX_BULK_ACCOUNTS, `At most ${MAX_BULK_ACCOUNTS} sign-ins at once`),
  })
  .strict()
  .meta({ id: "BulkAccounts" });

export const patchAccountInput = z
  .object({ name: name.optional(), disabled: z.boolean().optional(), instanceRole: instanceRole.optional(), password: password.optional() })
  .strict()
  .meta({ id: "PatchAccount" });

export const changePasswordInput = z
  .object({ currentPassword: text().min(1, "Enter your current password").max(200), newPassword: password })
  .strict()
  .meta({ id: "ChangePassword" });

export const accountView = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    instanceRole: instanceRole,
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "Account" });

/** One line of a pasted list or CSV: `email, name` (a header line `email,name` is skipped). */
export function parseAccountLines(textIn: string): { email: string; name: string }[] {
  return textIn
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^email\s*[,;\t]\s*name$/i.test(l))
    .map((l) => {
      const [e = "", ...rest] = l.split(/[,;\t]/);
      const n = rest.join(" ").trim().replace(/^"|"$/g, "");
      return { email: e.trim().replace(/^"|"$/g, ""), name: n || e.trim().split("@")[0] || "" };
    });
}
