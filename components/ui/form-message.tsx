import type { FormState } from "@/lib/actions/form-state";

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <div aria-live="polite" />;
  return (
    <div
      role={state.ok ? "status" : "alert"}
      className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
    >
      {state.message}
      {state.ruleId && <span className="ml-2 text-xs text-neutral-600">Rule {state.ruleId}</span>}
    </div>
  );
}
