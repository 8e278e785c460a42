"use client";

import { useActionState } from "react";
import { createTenantAction } from "@/lib/actions/tenants";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { CHANNEL_OPTIONS, CLOUD_OPTIONS, COMMITMENT_OPTIONS, COUNTRY_OPTIONS, ORG_TYPE_OPTIONS, PLAN_OPTIONS } from "./options";

/** `initial` prefills the form (a situation picked in the eligibility matrix); `policy.*` keys travel as hidden fields. */
export function CreateTenantForm({ initial = {} }: { initial?: Record<string, string> }) {
  const [state, action, pending] = useActionState(createTenantAction, initialFormState);
  const v = { ...initial, ...(state.values ?? {}) };
  const policyFields = Object.entries(v).filter(([k]) => k.startsWith("policy."));
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField label="Tenant name" name="name" defaultValue={v.name} errors={e.name} required placeholder="Contoso training" />
      <SelectField label="Country or region" name="country" options={COUNTRY_OPTIONS} defaultValue={v.country ?? "US"} errors={e.country} />
      <SelectField label="Base plan" name="plan" options={PLAN_OPTIONS} defaultValue={v.plan ?? "ENTERPRISEPACK"} errors={e.plan} />
      <TextField
        label="Seats"
        name="seats"
        type="number"
        min={1}
        defaultValue={v.seats ?? "25"}
        errors={e.seats}
        hint="Seats of the base plan."
      />
      <SelectField
        label="Commitment"
        name="commitment"
        options={COMMITMENT_OPTIONS}
        defaultValue={v.commitment ?? "annual"}
        errors={e.commitment}
      />
      <SelectField
        label="Purchase channel"
        name="channel"
        options={CHANNEL_OPTIONS}
        defaultValue={v.channel ?? "direct"}
        errors={e.channel}
      />
      <SelectField
        label="Organization type"
        name="orgType"
        options={ORG_TYPE_OPTIONS}
        defaultValue={v.orgType ?? "commercial"}
        errors={e.orgType}
      />
      <SelectField label="Cloud" name="cloud" options={CLOUD_OPTIONS} defaultValue={v.cloud ?? "worldwide"} errors={e.cloud} />
      {policyFields.map(([k, value]) => (
        <input key={k} type="hidden" name={k} value={value} />
      ))}
      {policyFields.length > 0 && (
        <p className="rounded border border-brand-100 bg-brand-50 px-3 py-2 text-xs text-neutral-800">
          Policy flags from the matrix: {policyFields.map(([k, value]) => `${k.slice("policy.".length)} = ${value}`).join(", ")}
        </p>
      )}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create tenant"}
      </Button>
    </form>
  );
}
