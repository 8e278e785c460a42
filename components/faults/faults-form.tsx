"use client";

import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { clearFaultsAction, saveFaultsAction } from "@/lib/actions/faults";
import type { FormState } from "@/lib/actions/form-state";
import type { FaultsView } from "@/lib/validation/faults";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** Settings > Sandbox faults, for the Global admin (SBX-FAULT-ROLE). */
export function FaultsForm({ tenantId, faults }: { tenantId: string; faults: FaultsView }) {
  const [state, action, pending] = useActionState(saveFaultsAction.bind(null, tenantId), {} as FormState);
  const [clearing, startClear] = useTransition();
  const v = state.values;
  const e = state.fieldErrors;
  const value = (key: string, saved: number | undefined) => v?.[key] ?? String(saved ?? 0);
  return (
    <form action={action} className="space-y-4" noValidate>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="sr-only">Faults</legend>
        <TextField
          label="Decline the next card charges"
          name="declineNextCharges"
          inputMode="numeric"
          defaultValue={value("declineNextCharges", faults.declineNextCharges)}
          errors={e?.declineNextCharges}
          hint="Fundings and auto-recharges fail as with a declined card. 0 turns it off."
        />
        <TextField
          label="Latency per request (ms)"
          name="latencyMs"
          inputMode="numeric"
          defaultValue={value("latencyMs", faults.latencyMs)}
          errors={e?.latencyMs}
          hint="Added to every API and Graph request of this tenant. 0 turns it off."
        />
        <TextField
          label="Throttle every Nth Graph request"
          name="graphThrottle.everyNth"
          inputMode="numeric"
          defaultValue={value("graphThrottle.everyNth", faults.graphThrottle?.everyNth)}
          errors={e?.["graphThrottle.everyNth"]}
          hint="Answered 429 TooManyRequests. 1 throttles every request; 0 turns it off."
        />
        <TextField
          label="Retry-After of a throttled request (seconds)"
          name="graphThrottle.retryAfterSeconds"
          inputMode="numeric"
          defaultValue={v?.["graphThrottle.retryAfterSeconds"] ?? String(faults.graphThrottle?.retryAfterSeconds ?? 1)}
          errors={e?.["graphThrottle.retryAfterSeconds"]}
        />
        <TextField
          label="Fail the next requests"
          name="failNextRequests.count"
          inputMode="numeric"
          defaultValue={value("failNextRequests.count", faults.failNextRequests?.count)}
          errors={e?.["failNextRequests.count"]}
          hint="API and Graph requests answer at once, before doing anything. 0 turns it off."
        />
        <SelectField
          label="Failing with"
          name="failNextRequests.status"
          defaultValue={v?.["failNextRequests.status"] ?? String(faults.failNextRequests?.status ?? 503)}
          errors={e?.["failNextRequests.status"]}
          options={[
            { value: "503", label: "503 Service unavailable" },
            { value: "500", label: "500 Internal server error" },
          ]}
        />
      </fieldset>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save faults"}
        </Button>
        <Button
          type="button"
          variant="ghost"
          disabled={clearing || !faults.active}
          onClick={() =>
            startClear(async () => {
              const result = await clearFaultsAction(tenantId);
              if (result.ok) toast.success(result.message ?? "Cleared");
              else toast.error(result.message ?? "The faults could not be cleared");
            })
          }
        >
          {clearing ? "Clearing…" : "Clear all faults"}
        </Button>
      </div>
    </form>
  );
}

/** The faults as a reader sees them. */
export function FaultsSummary({ faults }: { faults: FaultsView }) {
  if (!faults.active) return <p className="text-sm text-neutral-600">No fault is active. Only a Global admin can set them.</p>;
  return (
    <div className="space-y-2 text-sm">
      <ul className="list-disc pl-5">
        {faults.summary.map((s) => (
          <li key={s}>{s[0].toUpperCase() + s.slice(1)}.</li>
        ))}
      </ul>
      <p className="text-neutral-600">Only a Global admin can change them.</p>
    </div>
  );
}
