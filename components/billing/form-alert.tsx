"use client";

import type { FormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { ReasonBox } from "./reason-box";

/** A form's outcome: a rule's refusal as a ReasonBox (sentence, remedies, rule, doc); anything else as usual. */
export function FormAlert({ state, tenantId }: { state: FormState; tenantId: string }) {
  if (!state.ok && state.message && state.ruleId) {
    return (
      <ReasonBox
        tenantId={tenantId}
        alert
        reason={{ message: state.message, code: state.code, ruleId: state.ruleId, doc: state.doc, remedies: state.remedies }}
      />
    );
  }
  return <FormMessage state={state} />;
}
