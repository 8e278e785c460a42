import Link from "next/link";
import type { AuditEventView } from "@/lib/validation/responses";
import { ACTIVITY_CATEGORIES, type ActivityCategory } from "@/lib/domain/audit-actions";
import { EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { actionLabel, CATEGORY_LABELS, eventSummary, targetLabel } from "./event-labels";

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function EventList({ events, tenantId }: { events: AuditEventView[]; tenantId: string }) {
  if (events.length === 0)
    return <EmptyState title="Nothing to show">Purchases, assignments and settings changes show up here.</EmptyState>;
  return (
    <ol className="divide-y divide-neutral-100 text-sm" aria-label="Audit trail">
      {events.map((e) => {
        const summary = eventSummary(e);
        return (
          <li key={e.id} className="grid gap-x-4 gap-y-0.5 py-2 sm:grid-cols-[11.5rem_1fr_auto]" data-action={e.action}>
            <time dateTime={e.sandboxAt} className="pt-0.5 text-xs text-neutral-500" title="Sandbox time, the clock the ledger uses">
              {dateFmt.format(new Date(e.sandboxAt))} UTC
            </time>
            <div className="min-w-0">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span
                  className={`rounded px-1.5 py-0.5 text-xs font-semibold ${e.outcome === "success" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
                >
                  {e.outcome === "success" ? "Done" : "Refused"}
                </span>
                <span className="font-medium">{actionLabel(e.action, e.outcome)}</span>
                <span className="text-neutral-700">{targetLabel(e.target)}</span>
              </p>
              {summary && <p className="mt-0.5 text-xs text-neutral-600">{summary}</p>}
            </div>
            <p className="text-xs text-neutral-500 sm:text-right">
              {e.ruleIds.length > 0 && (
                <span className="block">
                  {e.ruleIds.length === 1 ? "Rule" : "Rules"}{" "}
                  {e.ruleIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ", "}
                      <Link href={`/rules?tenant=${tenantId}#${encodeURIComponent(id)}`} className="underline">
                        {id}
                      </Link>
                    </span>
                  ))}
                </span>
              )}
              <span className="block">by {e.actor}</span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

export interface ActivityQuery {
  category?: ActivityCategory;
  outcome?: "success" | "denied";
  page: number;
}

function activityHref(base: string, q: ActivityQuery): string {
  const params = new URLSearchParams();
  if (q.category) params.set("activity", q.category);
  if (q.outcome) params.set("outcome", q.outcome);
  if (q.page > 1) params.set("page", String(q.page));
  const s = params.toString();
  return `${base}${s ? `?${s}` : ""}#activity`;
}

/** Filters (a plain GET form, works without script) and pages for the audit trail; never a silent cut-off. */
export function ActivityControls({
  base,
  query,
  total,
  pageSize,
  position,
}: {
  base: string;
  query: ActivityQuery;
  total: number;
  pageSize: number;
  position: "top" | "bottom";
}) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (query.page - 1) * pageSize + 1;
  const to = Math.min(total, query.page * pageSize);
  const pager = (
    <nav aria-label={`Activity pages${position === "bottom" ? " (bottom)" : ""}`} className="flex items-center gap-3 text-sm">
      <span data-testid={position === "top" ? "activity-range" : undefined}>{total === 0 ? "No events" : `${from}–${to} of ${total}`}</span>
      {query.page > 1 ? (
        <Link href={activityHref(base, { ...query, page: query.page - 1 })} className="font-semibold text-brand-700 underline">
          Newer
        </Link>
      ) : (
        <span className="text-neutral-500" aria-disabled="true">
          Newer
        </span>
      )}
      {query.page < last ? (
        <Link href={activityHref(base, { ...query, page: query.page + 1 })} className="font-semibold text-brand-700 underline">
          Older
        </Link>
      ) : (
        <span className="text-neutral-500" aria-disabled="true">
          Older
        </span>
      )}
    </nav>
  );
  if (position === "bottom") return <div className="mt-3 flex justify-end">{pager}</div>;
  return (
    <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
      <form
        method="get"
        action={`${base}#activity`}
        role="search"
        aria-label="Filter activity"
        className="flex flex-wrap items-end gap-3 text-sm"
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">Show</span>
          <select name="activity" defaultValue={query.category ?? ""} className="rounded border border-neutral-300 bg-white px-2 py-1.5">
            <option value="">Everything</option>
            {ACTIVITY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Outcome</span>
          <select name="outcome" defaultValue={query.outcome ?? ""} className="rounded border border-neutral-300 bg-white px-2 py-1.5">
            <option value="">Done and refused</option>
            <option value="success">Done</option>
            <option value="denied">Refused</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
      </form>
      {pager}
    </div>
  );
}
