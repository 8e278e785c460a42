"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createClassAction, endClassAction, resetSeatAction, type ClassFormState } from "@/lib/actions/classes";
import type { FormState } from "@/lib/actions/form-state";
import { CreatedPasswords } from "@/components/signins/signin-forms";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS, ROLES } from "@/lib/domain/roles";

export function CreateClassForm({ scenarios, scenarioId }: { scenarios: { id: string; title: string }[]; scenarioId?: string }) {
  const [state, action, pending] = useActionState(createClassAction, {} as ClassFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3" noValidate data-testid="create-class">
        <TextField label="Class name" name="name" defaultValue={state.ok ? "" : state.values?.name} errors={errors.name} required />
        <SelectField
          label="Scenario"
          name="scenarioId"
          defaultValue={state.values?.scenarioId ?? scenarioId ?? scenarios[0]?.id}
          options={scenarios.map((s) => ({ value: s.id, label: s.title }))}
          errors={errors.scenarioId}
        />
        <div>
          <label htmlFor="trainees" className="block text-sm font-medium text-neutral-800">
            Trainees
          </label>
          <textarea
            id="trainees"
            name="trainees"
            rows={5}
            defaultValue={state.ok ? "" : state.values?.trainees}
            aria-describedby="trainees-hint trainees-error"
            aria-invalid={errors.trainees?.length ? true : undefined}
            placeholder={"ana@example.test\nbo@example.test"}
            className="mt-1 block w-full rounded border border-neutral-300 px-3 py-2 font-mono text-sm"
          />
          <p id="trainees-hint" className="mt-1 text-xs text-neutral-600">
            One email per line. An email without a sign-in gets one (member role, generated password shown once).
          </p>
          <ul id="trainees-error" aria-live="polite" className="mt-1 text-xs text-red-700">
            {errors.trainees?.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
        <div>
          <label htmlFor="file" className="block text-sm font-medium text-neutral-800">
            Or a CSV file (email first)
          </label>
          <input id="file" name="file" type="file" accept=".csv,text/csv,text/plain" className="mt-1 text-sm" />
        </div>
        <SelectField
          label="Your role in each copy"
          name="trainerRole"
          defaultValue={state.values?.trainerRole ?? "GLOBAL_READER"}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          hint="A Global reader watches without changing anything; pick Global admin to help inside a copy."
        />
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating copies…" : "Create class"}
        </Button>
      </form>
      {state.ok && state.classId && (
        <div className="space-y-2">
          {state.created && state.created.length > 0 && <CreatedPasswords created={state.created} />}
          <Link href={`/classes/${state.classId}`} className="font-medium text-brand-700 hover:underline">
            Open the progress board
          </Link>
        </div>
      )}
    </div>
  );
}

export function ResetSeatForm({ classId, tenantId, trainee }: { classId: string; tenantId: string; trainee: string }) {
  const [state, action, pending] = useActionState(resetSeatAction, {} as FormState);
  return (
    <form className="inline-flex items-center gap-2">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="tenantId" value={tenantId} />
      <ConfirmButton
        label="Reset"
        title={`Reset ${trainee}'s copy?`}
        confirmLabel="Reset copy"
        formAction={action}
        pending={pending}
        closeOnConfirm
      >
        Their tenant goes back to the scenario's start and their goals start over. What they did is kept in the copy's audit trail.
      </ConfirmButton>
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className="text-xs">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function EndClassForm({ classId }: { classId: string }) {
  const [state, action, pending] = useActionState(endClassAction, {} as FormState);
  return (
    <form className="space-y-3" data-testid="end-class">
      <input type="hidden" name="classId" value={classId} />
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">The trainees' copies</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="keepCopies" value="true" defaultChecked /> Keep them, read-only
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="keepCopies" value="false" /> Delete them
        </label>
      </fieldset>
      <ConfirmButton label="End class" title="End the class?" confirmLabel="End class" formAction={action} pending={pending} closeOnConfirm>
        Trainees keep their sign-ins. Kept copies become read-only for everyone; deleted copies are gone for good.
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
