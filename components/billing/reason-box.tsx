import Link from "next/link";
import type { Reason } from "@/lib/domain/types";
import { docUrl, remedyLink } from "./labels";

/** A refusal: our sentence, what would unblock it (as links that do it), the rule and its documentation. */
export function ReasonBox({ reason, tenantId, compact = false }: { reason: Reason; tenantId: string; compact?: boolean }) {
  return (
    <div className={`rounded border border-amber-300 bg-amber-50 text-sm text-amber-950 ${compact ? "p-2" : "p-3"}`}>
      <p>{reason.message}</p>
      {reason.remedies.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {reason.remedies.map((r, i) => {
            const link = remedyLink(r, tenantId);
            return (
              <li key={i}>
                {link.href ? (
                  <Link href={link.href} className="font-semibold text-brand-800 underline">
                    {link.label}
                  </Link>
                ) : (
                  <span className="font-medium">{link.label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-2 text-xs text-amber-900">
        <span className="font-mono">{reason.code}</span> · Rule{" "}
        <Link href={`/rules#${reason.ruleId}`} className="font-semibold underline" data-testid="rule-id">{reason.ruleId}</Link> ·{" "}
        <a href={docUrl(reason.doc)} target="_blank" rel="noreferrer" className="underline">
          Documentation
        </a>
      </p>
    </div>
  );
}
