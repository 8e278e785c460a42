import { docUrl } from "@/components/billing/labels";
import type { TenantGoalView } from "@/lib/domain/goals";

/** The goals of the scenario a tenant was started from (issue 11): met or not, judged on each render. */
export function GoalsPanel({ goals }: { goals: TenantGoalView[] }) {
  if (goals.length === 0) return null;
  const met = goals.filter((g) => g.met).length;
  return (
    <section aria-labelledby="goals-heading" className="border-b border-gray-200 bg-brand-50 px-6 py-3 text-sm">
      <h2 id="goals-heading" className="font-semibold">
        Scenario goals{" "}
        <span className="font-normal text-gray-700">
          ({met} of {goals.length} met)
        </span>
      </h2>
      <ul className="mt-2 flex flex-col gap-1">
        {goals.map((g) => (
          <li key={g.id} className="flex flex-wrap items-baseline gap-2" data-goal={g.id} data-met={g.met}>
            <span aria-hidden="true" className={g.met ? "text-green-700" : "text-gray-500"}>
              {g.met ? "✓" : "○"}
            </span>
            <span className={g.met ? "text-green-800" : undefined}>
              {g.text}
              <span className="sr-only">{g.met ? " (met)" : " (not met yet)"}</span>
            </span>
            {g.hint ? (
              <a className="text-brand-700 underline" href={docUrl(g.hint.doc)} target="_blank" rel="noreferrer">
                Read: {g.hint.ruleId}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
