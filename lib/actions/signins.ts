"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import {
  changeOwnPassword,
  createManagedAccount,
  createManagedAccountsBulk,
  generatePassword,
  patchManagedAccount,
} from "@/lib/services/signins";
import { bulkAccountsInput, changePasswordInput, createAccountInput, parseAccountLines } from "@/lib/validation/accounts";
import type { FormState } from "@/lib/actions/form-state";
import { failed, formValues, invalid } from "./form";

/** What the sign-ins forms get back: the new sign-ins with their passwords, shown this once. */
export type SignInsFormState = FormState & { created?: { email: string; name: string; password: string }[] };

const PAGE = "/account/sign-ins";

export async function createSignInAction(_prev: SignInsFormState, formData: FormData): Promise<SignInsFormState> {
  const actor = await requireActor(PAGE);
  const values = formValues(formData);
  const parsed = createAccountInput.safeParse({
    email: values.email,
    name: values.name,
    instanceRole: values.instanceRole || undefined,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const made = await createManagedAccount(actor, parsed.data);
    revalidatePath(PAGE);
    return {
      ok: true,
      message: `Sign-in created for ${made.email}. Copy the password now: it won't be shown again.`,
      created: [{ email: made.email, name: made.name, password: made.password }],
    };
  } catch (err) {
    return failed(err, values);
  }
}

/** A pasted list or CSV (`email,name` per line): all or nothing; each bad row is named. */
export async function bulkSignInsAction(_prev: SignInsFormState, formData: FormData): Promise<SignInsFormState> {
  const actor = await requireActor(PAGE);
  const values = formValues(formData);
  const file = formData.get("file");
  const fromFile = file instanceof File && file.size > 0 ? await file.text() : "";
  const rows = parseAccountLines(fromFile || values.list || "");
  const parsed = bulkAccountsInput.safeParse({ accounts: rows });
  const rowErrors = (details: Record<string, string[]> | undefined) =>
    Object.entries(details ?? {}).map(([path, msgs]) => {
      const m = /^accounts\.(\d+)/.exec(path);
      const row = m ? rows[Number(m[1])] : undefined;
      return m ? `Row ${Number(m[1]) + 1}${row ? ` (${row.email || "empty"})` : ""}: ${msgs.join(" ")}` : msgs.join(" ");
    });
  if (!parsed.success) {
    const state = invalid(parsed.error, values);
    return { ...state, message: "Nothing was created. Fix these rows and try again.", fieldErrors: { list: rowErrors(state.fieldErrors) } };
  }
  try {
    const { created } = await createManagedAccountsBulk(actor, parsed.data.accounts);
    revalidatePath(PAGE);
    return { ok: true, message: `${created.length} sign-ins created. Download the passwords now: they won't be shown again.`, created };
  } catch (err) {
    const state = failed(err, values);
    return { ...state, fieldErrors: state.fieldErrors ? { list: rowErrors(state.fieldErrors) } : undefined };
  }
}

export async function setSignInDisabledAction(accountId: string, disabled: boolean): Promise<FormState> {
  const actor = await requireActor(PAGE);
  try {
    const row = await patchManagedAccount(actor, z.string().max(100).parse(accountId), { disabled });
    revalidatePath(PAGE);
    return {
      ok: true,
      message: disabled ? `${row.email} is disabled; its sessions and tokens have ended.` : `${row.email} can sign in again.`,
    };
  } catch (err) {
    return failed(err);
  }
}

export async function resetSignInPasswordAction(accountId: string): Promise<SignInsFormState> {
  const actor = await requireActor(PAGE);
  try {
    const password = generatePassword();
    const row = await patchManagedAccount(actor, z.string().max(100).parse(accountId), { password });
    revalidatePath(PAGE);
    return {
      ok: true,
      message: `New password for ${row.email}; its sessions and tokens have ended.`,
      created: [{ email: row.email, name: row.name, password }],
    };
  } catch (err) {
    return failed(err);
  }
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("/account");
  const values = formValues(formData);
  const parsed = changePasswordInput.safeParse({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  if (!parsed.success) return invalid(parsed.error, {});
  if (values.newPassword !== values.confirmPassword)
    return { ok: false, message: "Some fields need attention.", fieldErrors: { confirmPassword: ["The two new passwords differ."] } };
  try {
    await changeOwnPassword(actor, parsed.data.currentPassword, parsed.data.newPassword);
    return { ok: true, message: "Password changed. Your other sessions and API tokens have ended." };
  } catch (err) {
    return failed(err);
  }
}
