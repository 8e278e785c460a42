"use client";

import type { FormState } from "@/components/ui/form-message";
import { FormMessage } from "@/components/ui/form-message";
import { ReasonBox } from "@/components/billing/reason-box";

/** Success and validation messages as usual; a rule's refusal with its rule id and documentation link. */
export function FormAlert({ state, tenantId }: { state: FormState; tenantId: string }) {
  if (!state.ok && state.message && state.ruleId) {
    return <ReasonBox tenantId={tenantId} reason={{ message: state.message, ruleId: state.ruleId, doc: state.doc }} alert />;
  }
  return <FormMessage state={state} />;
}
