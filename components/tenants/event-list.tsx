import type { AuditEventView } from "@/lib/validation/responses";
import { EmptyState } from "@/components/ui/card";

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function EventList({ events }: { events: AuditEventView[] }) {
  if (events.length === 0)
    return <EmptyState title="Nothing has happened here yet">Purchases, assignments and settings changes will show up here.</EmptyState>;
  return (
    <ol className="divide-y divide-neutral-100 text-sm" aria-label="Audit trail">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
          <time dateTime={e.at} className="w-40 shrink-0 text-xs text-neutral-500">
            {dateFmt.format(new Date(e.at))} UTC
          </time>
          <span
            className={`rounded px-1.5 py-0.5 text-xs font-semibold ${e.outcome === "success" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
          >
            {e.outcome === "success" ? "Done" : "Refused"}
          </span>
          <span className="font-medium">{e.action}</span>
          <span className="text-neutral-700">{e.target}</span>
          {e.ruleIds.length > 0 && <span className="text-xs text-neutral-500">Rules: {e.ruleIds.join(", ")}</span>}
          <span className="ml-auto text-xs text-neutral-500">by {e.actor}</span>
        </li>
      ))}
    </ol>
  );
}
