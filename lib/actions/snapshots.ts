"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { branchSnapshot, deleteSnapshot, importTenant, restoreSnapshot, saveSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";
import { AppError } from "@/lib/domain/errors";
import type { FormState } from "@/lib/actions/form-state";
import { failed, formValues } from "./form";

/** Save points and tenant documents from the console: the same services as /api/v1 (issue 12). */

export async function saveSnapshotAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  try {
    const saved = await saveSnapshot(await getTenantAccess(actor, tenantId), { name: values.savePointName ?? "" });
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: `Saved "${saved.name}". Find it on the Timeline page.` };
  } catch (err) {
    const state = failed(err, values);
    return state.fieldErrors?.name ? { ...state, fieldErrors: { savePointName: state.fieldErrors.name } } : state;
  }
}

export async function restoreSnapshotAction(tenantId: string, snapshotId: string): Promise<FormState> {
  const actor = await requireActor();
  try {
    await restoreSnapshot(await getTenantAccess(actor, tenantId), snapshotId);
  } catch (err) {
    return failed(err);
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return { ok: true, message: "The tenant is back exactly as it was at that save point." };
}

export async function branchSnapshotAction(tenantId: string, snapshotId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  let newId: string;
  try {
    newId = (
      await branchSnapshot(await getTenantAccess(actor, tenantId), snapshotId, {
        name: values[`branch-${snapshotId}`] ?? values.name ?? "",
      })
    ).id;
  } catch (err) {
    return failed(err, values);
  }
  revalidatePath("/tenants", "layout");
  redirect(`/tenants/${newId}`);
}

export async function deleteSnapshotAction(tenantId: string, snapshotId: string): Promise<FormState> {
  const actor = await requireActor();
  try {
    await deleteSnapshot(await getTenantAccess(actor, tenantId), snapshotId);
  } catch (err) {
    return failed(err);
  }
  revalidatePath(`/tenants/${tenantId}/timeline`);
  return { ok: true, message: "Save point deleted." };
}

/** Upload of a tenant document: every problem comes back keyed by its JSON path. */
export async function importTenantAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const file = formData.get("file");
  const name = String(formData.get("importName") ?? "").trim();
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, message: "Choose a tenant document (.json) to import.", fieldErrors: { file: ["Choose a file."] } };
  let body: unknown;
  try {
    body = JSON.parse(await file.text());
  } catch {
    return { ok: false, message: "That file is not JSON.", fieldErrors: { file: ["The file is not valid JSON."] } };
  }
  if (name && typeof body === "object" && body !== null) body = { ...body, name };
  let tenantId: string;
  try {
    tenantId = (await importTenant(actor, body)).id;
  } catch (err) {
    if (err instanceof AppError) return failed(err);
    throw err;
  }
  revalidatePath("/tenants", "layout");
  redirect(`/tenants/${tenantId}`);
}
