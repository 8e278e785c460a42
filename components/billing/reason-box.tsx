import Link from "next/link";
import type { RefusalView } from "@/lib/domain/errors";
import { FocusLink } from "@/components/ui/focus-link";
import { POLICY_FLAGS, flagAnchor, policyFlagOfRule } from "@/components/tenants/policy-flags";
import { docUrl, remedyLink, type RemedyContext } from "./labels";

/** What a refusal carries: the one refusal shape (lib/domain/errors), of which only the sentence is required here. */
export type ReasonLike = Partial<RefusalView> & { message: string };

/**
 * A refusal: our sentence, what would unblock it (as links that do it), the rule and its documentation.
 * `alert` announces it to screen readers, for refusals that appear after an action.
 */
export function ReasonBox({
  reason,
  tenantId,
  title,
  compact = false,
  alert = false,
  context,
}: {
  reason: ReasonLike;
  tenantId: string;
  /** A heading for refusals of an action ("These licenses weren't saved"). */
  title?: string;
  compact?: boolean;
  alert?: boolean;
  /** The user the refusal is about, so "set the usage location" goes to their Details form. */
  context?: RemedyContext;
}) {
  const remedies = reason.remedies ?? [];
  const flag = policyFlagOfRule(reason.ruleId);
  return (
    <div
      role={alert ? "alert" : undefined}
      className={`rounded border border-amber-300 bg-amber-50 text-sm text-amber-950 ${compact ? "p-2" : "p-3"}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      <p>{reason.message}</p>
      {remedies.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="Ways forward">
          {remedies.map((r, i) => {
            const link = remedyLink(r, tenantId, reason.code, context);
            return (
              <li key={i}>
                {link.href?.startsWith("#") ? (
                  <FocusLink targetId={link.href.slice(1)} className="font-semibold text-brand-800 underline">
                    {link.label}
                  </FocusLink>
                ) : link.href ? (
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
      {flag && (
        <p className="mt-2" data-testid="policy-flag-note">
          The documentation can be read more than one way here, and this sandbox follows the reading set by a policy flag (
          {POLICY_FLAGS[flag].label}). You can change it in{" "}
          <Link href={flagAnchor(tenantId, flag)} className="font-semibold text-brand-800 underline">
            Settings › {POLICY_FLAGS[flag].label}
          </Link>
          .
        </p>
      )}
      {(reason.ruleId || reason.doc) && (
        <p className="mt-2 text-xs text-amber-900">
          {reason.code && (
            <>
              <span className="font-mono" data-testid="refusal-code">
                {reason.code}
              </span>
              {" · "}
            </>
          )}
          {reason.ruleId && (
            <>
              Rule{" "}
              <Link
                href={`/rules?tenant=${tenantId}#${encodeURIComponent(reason.ruleId)}`}
                className="font-semibold underline"
                data-testid="rule-id"
              >
                {reason.ruleId}
              </Link>
            </>
          )}
          {reason.doc && (
            <>
              {" · "}
              <a href={docUrl(reason.doc)} target="_blank" rel="noreferrer" className="underline">
                Documentation
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
