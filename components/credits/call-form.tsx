"use client";

import { useActionState, useState } from "react";
import { simulateCallAction } from "@/lib/actions/credits";
import { billedCallType, SANDBOX_RATES, type CallType } from "@/lib/domain/credits";
import { findCountry } from "@/lib/domain/countries";
import { formatUsdDisplay } from "@/lib/domain/money";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { CALL_TYPE_OPTIONS } from "./options";

export interface CallerView {
  id: string;
  label: string;
  usageLocation: string | null;
}

function callTypeLabel(type: CallType): string {
  return CALL_TYPE_OPTIONS.find((o) => o.value === type)?.label.toLowerCase() ?? type;
}

/** Rate and cost before the call (issue 14): rate x minutes, and the type it is billed as. */
function CallPreview({
  caller,
  type,
  minutes,
  destination,
}: {
  caller?: CallerView;
  type: CallType;
  minutes: string;
  destination: string;
}) {
  const dest = destination.trim().toUpperCase();
  const billedAs = billedCallType(type, /^[A-Z]{2}$/.test(dest) ? dest : null, caller?.usageLocation ?? null);
  const rate = SANDBOX_RATES[billedAs];
  const whole = /^\d{1,5}$/.test(minutes.trim()) ? Number(minutes.trim()) : null;
  const metered = billedAs === "domesticCall" || billedAs === "internationalCall";
  return (
    <div className="rounded border border-neutral-200 bg-neutral-50 px-3 py-2 text-sm" data-testid="call-preview" aria-live="polite">
      {billedAs !== type && (
        <p className="mb-1 font-medium text-amber-900">
          Billed as an international call: {findCountry(dest)?.name ?? dest} is outside the caller&apos;s usage location (
          {caller?.usageLocation ? (findCountry(caller.usageLocation)?.name ?? caller.usageLocation) : "not set"}).
        </p>
      )}
      {rate === 0 ? (
        <p>Emergency calls are never charged.</p>
      ) : (
        <p>
          Rate: <strong>{formatUsdDisplay(rate)}</strong> a minute ({callTypeLabel(billedAs)}).{" "}
          {whole !== null ? (
            <>
              Cost: {whole.toLocaleString("en-US")} min × {formatUsdDisplay(rate)} = <strong>{formatUsdDisplay(whole * rate)}</strong>
              {metered
                ? ", at most: Calling Plan minutes are used first, and only the rest is paid from Communications Credits."
                : " from Communications Credits."}
            </>
          ) : (
            "Enter the minutes to see the cost."
          )}
        </p>
      )}
      <p className="mt-1 text-xs text-neutral-600">Sandbox rates, made up for the simulator; real rates differ by country.</p>
    </div>
  );
}

export function SimulatedCallForm({ tenantId, users }: { tenantId: string; users: CallerView[] }) {
  const [state, action, pending] = useActionState(simulateCallAction.bind(null, tenantId), initialFormState);
  const v = state.values;
  const [userId, setUserId] = useState(v?.userId ?? users[0]?.id ?? "");
  const [type, setType] = useState<CallType>((v?.type as CallType) ?? "tollFreeDialIn");
  const [minutes, setMinutes] = useState(v?.minutes ?? "60");
  const [destination, setDestination] = useState(v?.destinationCountry ?? "");
  // Uncontrolled fields (React 19 resets the form to their defaults, the values just sent); the copies feed the preview.
  // The last call's message describes that call: once anything in the form changes, it no longer applies.
  const [staleFor, setStaleFor] = useState<FormState | null>(null);
  const edited = () => setStaleFor(state);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Simulated call">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="User"
          name="userId"
          options={users.map((u) => ({ value: u.id, label: u.label }))}
          defaultValue={v?.userId}
          onChange={(e) => {
            setUserId(e.target.value);
            edited();
          }}
          errors={state.fieldErrors?.userId}
          hint="The caller, or the meeting organizer for meeting calls."
        />
        <SelectField
          label="Call type"
          name="type"
          options={CALL_TYPE_OPTIONS}
          defaultValue={v?.type ?? "tollFreeDialIn"}
          onChange={(e) => {
            setType(e.target.value as CallType);
            edited();
          }}
          errors={state.fieldErrors?.type}
        />
        <TextField
          label="Minutes"
          name="minutes"
          type="number"
          min={1}
          max={10000}
          step={1}
          defaultValue={v?.minutes ?? "60"}
          onChange={(e) => {
            setMinutes(e.target.value);
            edited();
          }}
          errors={state.fieldErrors?.minutes}
        />
        <TextField
          label="Destination country"
          name="destinationCountry"
          maxLength={2}
          placeholder="US"
          defaultValue={v?.destinationCountry ?? ""}
          onChange={(e) => {
            setDestination(e.target.value);
            edited();
          }}
          errors={state.fieldErrors?.destinationCountry}
          hint="Optional two-letter code; decides domestic or international."
        />
      </div>
      <CallPreview caller={users.find((u) => u.id === userId)} type={type} minutes={minutes} destination={destination} />
      <Button type="submit" disabled={pending}>
        {pending ? "Calling…" : "Place call"}
      </Button>
      {staleFor !== state && <FormAlert state={state} tenantId={tenantId} />}
    </form>
  );
}
