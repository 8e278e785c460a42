"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/domain/errors";
import { createClass, endClass, resetSeat } from "@/lib/services/classes";
import { createScenario, startScenario } from "@/lib/services/scenarios";
import { failed, formValues } from "./form";

/** Console actions of the scenario library and classes (issue 11, issue 12 "Scenario library"). */

/** One click: a new tenant of the caller's in the scenario's starting state, then its Home page. */
export async function startScenarioAction(formData: FormData): Promise<void> {
  const scenarioId = String(formData.get("scenarioId") ?? "");
  const tenant = await startScenario(await requireActor("/scenarios"), scenarioId, {});
  redirect(`/tenants/${tenant.id}`);
}

export type ComposeFormState = FormState & { scenarioId?: string };

/**
 * The compose form: title, description, a source (a tenant, one of its save points, or an uploaded document) and
 * the goals the form's rows describe (sent as JSON in a hidden field; nobody types it). Problems come back keyed
 * by the API's paths (goals.0.check.sku), which the form shows beside each row.
 */
export async function composeScenarioAction(_prev: ComposeFormState, formData: FormData): Promise<ComposeFormState> {
  const actor = await requireActor("/scenarios");
  const values = formValues(formData);
  let goals: unknown;
  try {
    goals = JSON.parse(values.goals || "[]");
  } catch {
    return { ok: false, message: "The goals could not be read.", fieldErrors: { goals: ["The goals could not be read."] }, values };
  }
  const body: Record<string, unknown> = { title: values.title, description: values.description ?? "", goals };
  const source = values.source ?? "";
  const file = formData.get("document");
  if (source === "document") {
    if (!(file instanceof File) || file.size === 0)
      return { ok: false, message: "Choose a tenant document to upload.", fieldErrors: { document: ["Choose a file."] }, values };
    try {
      body.document = JSON.parse(await file.text());
    } catch {
      return { ok: false, message: "The file is not JSON.", fieldErrors: { document: ["The file is not JSON."] }, values };
    }
  } else if (source.startsWith("snap:")) {
    const [, tenantId, snapshotId] = source.split(":");
    body.fromTenant = tenantId;
    body.fromSnapshot = snapshotId;
  } else if (source.startsWith("tenant:")) {
    body.fromTenant = source.slice("tenant:".length);
  } else {
    return {
      ok: false,
      message: "Choose where the scenario starts.",
      fieldErrors: { source: ["Choose a tenant, a save point or a document."] },
      values,
    };
  }
  try {
    const made = await createScenario(actor, body);
    revalidatePath("/scenarios");
    return {
      ok: true,
      message: `Published "${made.title}" with ${made.goals.length} goal${made.goals.length === 1 ? "" : "s"}.`,
      scenarioId: made.id,
    };
  } catch (err) {
    return failed(err, values);
  }
}

export type ClassFormState = FormState & {
  classId?: string;
  created?: { email: string; name: string; password: string }[];
};

/** One email per line (or separated by spaces or semicolons); a CSV line gives its first cell; a header "email" is skipped. */
function traineeEmails(list: string): string[] {
  return list
    .split(/\r?\n/)
    .flatMap((line) => (line.includes(",") ? [line.split(",")[0]] : line.split(/[\s;]+/)))
    .map((e) => e.trim().replace(/^"|"$/g, ""))
    .filter((e) => e !== "" && e.toLowerCase() !== "email");
}

export async function createClassAction(_prev: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const actor = await requireActor("/classes");
  const values = formValues(formData);
  const file = formData.get("file");
  const fromFile = file instanceof File && file.size > 0 ? await file.text() : "";
  const trainees = traineeEmails(fromFile || values.trainees || "");
  try {
    const cls = await createClass(actor, {
      name: values.name,
      scenarioId: values.scenarioId,
      trainees,
      trainerRole: values.trainerRole || undefined,
    });
    revalidatePath("/classes");
    const created = cls.seats.flatMap((s) => (s.password ? [{ email: s.email, name: s.name, password: s.password }] : []));
    return {
      ok: true,
      message: `Class "${cls.name}" is ready: ${cls.seats.length} trainee${cls.seats.length === 1 ? "" : "s"}, each with a copy of their own.${created.length ? " Copy the new passwords now: they won't be shown again." : ""}`,
      classId: cls.id,
      created,
    };
  } catch (err) {
    const state = failed(err, values);
    if (err instanceof AppError && state.fieldErrors) {
      // Name each bad row with its email, as the sign-ins form does.
      const rows = Object.entries(state.fieldErrors).map(([path, msgs]) => {
        const m = /^trainees\.(\d+)/.exec(path);
        return m ? `Row ${Number(m[1]) + 1} (${trainees[Number(m[1])] ?? ""}): ${msgs.join(" ")}` : `${path}: ${msgs.join(" ")}`;
      });
      const byField = Object.fromEntries(Object.entries(state.fieldErrors).filter(([k]) => !k.startsWith("trainees")));
      return { ...state, message: `Nothing was created. ${state.message ?? ""}`.trim(), fieldErrors: { ...byField, trainees: rows } };
    }
    return state;
  }
}

export async function resetSeatAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const classId = String(formData.get("classId") ?? "");
  const tenantId = String(formData.get("tenantId") ?? "");
  const actor = await requireActor(`/classes/${classId}`);
  try {
    const state = await resetSeat(actor, classId, tenantId);
    return { ok: true, message: `${state.name} is back at the scenario's start.` };
  } catch (err) {
    return failed(err);
  }
}

export async function endClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const classId = String(formData.get("classId") ?? "");
  const actor = await requireActor(`/classes/${classId}`);
  try {
    const cls = await endClass(actor, classId, { keepCopies: formData.get("keepCopies") === "true" });
    revalidatePath(`/classes/${classId}`);
    return {
      ok: true,
      message: cls.keptCopies ? "The class has ended. The copies are kept, read-only." : "The class has ended. The copies are deleted.",
    };
  } catch (err) {
    return failed(err);
  }
}
