"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { fieldErrors as zodFieldErrors } from "@/lib/validation/errors";
import { AppError } from "@/lib/domain/errors";
import { assignLicense, bulkChangeLicenses, type BulkReport } from "@/lib/services/licenses";
import { getTenantAccess } from "@/lib/services/tenants";
import { createUser, deleteUser, getUser, importUsers, updateUser } from "@/lib/services/users";
import {
  assignLicenseInput,
  bulkLicenseInput,
  createUserInput,
  importUsersInput,
  resolveSku,
  updateUserInput,
} from "@/lib/validation/users";
import type { FormState } from "@/lib/actions/form-state";
import { refusalView, type BulkFormState, type ImportFormState, type LicenseFormState } from "./form-state";
import type { RefusalView } from "@/lib/domain/errors";
import { failed, invalid, tenantAction } from "./form";

function refusalOf(err: AppError): RefusalView {
  return refusalView(err.body);
}

/** A taken username comes back as CONFLICT with the field named: show it under the field. */
function failedWithFields(err: unknown, values: Record<string, string>): FormState {
  if (err instanceof AppError && err.body.code === "CONFLICT") {
    return { ok: false, message: err.body.message, fieldErrors: err.body.details as Record<string, string[]>, values };
  }
  return failed(err, values);
}

function userPath(tenantId: string, userId?: string) {
  return `/tenants/${tenantId}/users${userId ? `/${userId}` : ""}`;
}

export async function createUserAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: "/tenants", formData, fail: failedWithFields }, async (access, values) => {
    const parsed = createUserInput.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const userId = (await createUser(access, parsed.data)).id;
    revalidatePath(userPath(tenantId));
    redirect(`${userPath(tenantId, userId)}?created=1`);
  });
}

export async function updateUserAction(tenantId: string, userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: "/tenants", formData, fail: failedWithFields }, async (access, values) => {
    const parsed = updateUserInput.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await updateUser(access, userId, parsed.data);
    revalidatePath(userPath(tenantId), "layout");
    return { ok: true, message: "Changes saved.", values };
  });
}

export async function deleteUserAction(tenantId: string, userId: string): Promise<FormState> {
  return tenantAction(tenantId, { path: "/tenants" }, async (access) => {
    await deleteUser(access, userId);
    revalidatePath(userPath(tenantId), "layout");
    redirect(`${userPath(tenantId)}?deleted=1`);
  });
}

/** The Product licenses panel: the checked skus are the wanted set; one change adds and removes the difference. */
export async function saveUserLicensesAction(
  tenantId: string,
  userId: string,
  _prev: LicenseFormState,
  formData: FormData,
): Promise<LicenseFormState> {
  const actor = await requireActor();
  const wanted = formData.getAll("sku").map(String);
  try {
    const access = await getTenantAccess(actor, tenantId);
    const current = (await getUser(access, userId)).assignedLicenses.map((l) => l.sku);
    const offered = formData.getAll("offered").map(String);
    const parsed = assignLicenseInput.safeParse({
      addLicenses: wanted.filter((s) => !current.includes(s)).map((sku) => ({ sku })),
      // Only skus shown on the panel can be removed by unchecking them.
      removeLicenses: current.filter((s) => offered.includes(s) && !wanted.includes(s)),
    });
    if (!parsed.success)
      return { ok: false, message: "Those licenses aren't ones this console knows. Reload the page and try again.", selected: wanted };
    const input = parsed.data;
    if (input.addLicenses.length === 0 && input.removeLicenses.length === 0) {
      return { ok: true, message: "Nothing to change.", selected: wanted };
    }
    const user = await assignLicense(access, userId, input);
    revalidatePath(userPath(tenantId), "layout");
    revalidatePath(`/tenants/${tenantId}/billing/licenses`);
    const added = input.addLicenses.length;
    const removed = input.removeLicenses.length;
    return {
      ok: true,
      message: `Licenses saved for ${user.displayName}: ${added} added, ${removed} removed.`,
      selected: user.assignedLicenses.map((l) => l.sku),
    };
  } catch (err) {
    if (err instanceof AppError) {
      return { ok: false, message: err.body.message, refusal: refusalOf(err), selected: wanted };
    }
    throw err;
  }
}

function reportView(report: BulkReport["report"]): BulkFormState["report"] {
  return report.map((r) => ({
    userId: r.userId,
    userPrincipalName: r.userPrincipalName,
    ok: r.ok,
    added: r.added,
    removed: r.removed,
    ...(r.error ? { error: refusalView(r.error) } : {}),
  }));
}

/** Billing > Licenses: assign a sku to, or remove it from, the selected users, all or nothing. */
export async function bulkLicensesAction(tenantId: string, _prev: BulkFormState, formData: FormData): Promise<BulkFormState> {
  const actor = await requireActor();
  const sku = resolveSku(String(formData.get("sku") ?? ""));
  const operation = String(formData.get("operation") ?? "assign");
  const userIds = formData.getAll("userId").map(String);
  const fieldErrors: Record<string, string[]> = {};
  if (!sku) fieldErrors.sku = ["Choose a license"];
  if (userIds.length === 0) fieldErrors.userId = ["Select at least one user"];
  if (!sku || userIds.length === 0) return { ok: false, message: "Some fields need attention.", fieldErrors };
  const parsed = bulkLicenseInput.safeParse(
    operation === "remove" ? { userIds, removeLicenses: [sku] } : { userIds, addLicenses: [{ sku }] },
  );
  if (!parsed.success) return { ok: false, message: "Some fields need attention.", fieldErrors: zodFieldErrors(parsed.error) };
  const input = parsed.data;
  try {
    const result = await bulkChangeLicenses(await getTenantAccess(actor, tenantId), input);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    const changed = result.report.filter((r) => r.added.length > 0 || r.removed.length > 0).length;
    return {
      ok: true,
      message: `Done: ${changed} of ${result.users} selected users changed${changed < result.users ? " (the others already had it that way)" : ""}.`,
      report: reportView(result.report),
    };
  } catch (err) {
    if (err instanceof AppError) {
      const details = err.body.details as { report?: BulkReport["report"] } | undefined;
      return {
        ok: false,
        message: err.body.message,
        refusal: refusalOf(err),
        report: details?.report ? reportView(details.report) : undefined,
      };
    }
    throw err;
  }
}

/** Import users from an uploaded CSV file (or pasted text). */
export async function importUsersAction(tenantId: string, _prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const actor = await requireActor();
  const file = formData.get("file");
  const pasted = String(formData.get("csv") ?? "");
  const csv = file instanceof File && file.size > 0 ? await file.text() : pasted;
  if (!csv.trim()) return { ok: false, message: "Choose a CSV file to import (download the template to start from)." };
  const parsed = importUsersInput.safeParse({ csv, mode: formData.get("validRowsOnly") ? "validRowsOnly" : "allOrNothing" });
  if (!parsed.success) return { ok: false, message: "The file is too large to import at once." };
  try {
    const result = await importUsers(await getTenantAccess(actor, tenantId), parsed.data);
    revalidatePath(userPath(tenantId));
    const skipped = new Set(result.errors.map((e) => e.line)).size;
    return {
      ok: true,
      imported: result.imported,
      errors: result.errors,
      message:
        skipped > 0
          ? `Imported ${result.imported} users. ${skipped} ${skipped === 1 ? "line was" : "lines were"} skipped; see below.`
          : `Imported ${result.imported} users.`,
    };
  } catch (err) {
    if (err instanceof AppError) {
      const details = err.body.details as { errors?: ImportFormState["errors"] } | undefined;
      return { ok: false, message: err.body.message, errors: details?.errors };
    }
    throw err;
  }
}
