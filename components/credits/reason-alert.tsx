import Link from "next/link";
import type { Remedy } from "@/lib/domain/types";
import { SKU_NAMES } from "./options";

const name = (sku: string) => SKU_NAMES[sku] ?? sku;

/** The documentation page as a search link (the 2018 pages moved since). */
function docUrl(doc: string): string {
  const [page, anchor] = doc.split("#");
  const base = `https://learn.microsoft.com/en-us/search/?terms=${encodeURIComponent(page.replace(/-/g, " "))}`;
  return anchor ? `${base}&anchor=${encodeURIComponent(anchor)}` : base;
}

function remedyLink(r: Remedy, tenantId: string): { label: string; href?: string } {
  switch (r.action) {
    case "purchase":
      return { label: r.sku === "MCOPSTNC" ? "Set up Communications Credits" : `Buy ${name(r.sku)}`, href: r.sku === "MCOPSTNC" ? `/tenants/${tenantId}/billing/credits` : `/tenants/${tenantId}/billing/buy` };
    case "switchPlan":
      return { label: `Switch plan (${r.to.map(name).join(", ")})`, href: `/tenants/${tenantId}/billing/subscriptions` };
    case "addFunds":
      return { label: "Add funds" };
    case "assign":
      return { label: `Assign ${name(r.sku)}`, href: `/tenants/${tenantId}/users` };
    case "setUsageLocation":
      return { label: "Set a usage location", href: `/tenants/${tenantId}/users` };
    case "contactSupport":
      return { label: "Contact support" };
    case "thirdPartyProvider":
      return { label: "Use a third-party provider" };
    case "changeCommitment":
      return { label: "Change to an annual commitment", href: `/tenants/${tenantId}/settings` };
  }
}

/** A refusal with its reason, the way forward, the rule id and the documentation page. */
export function ReasonAlert({
  tenantId,
  message,
  ruleId,
  doc,
  code,
  remedies = [],
}: {
  tenantId: string;
  message: string;
  ruleId?: string;
  doc?: string;
  code?: string;
  remedies?: Remedy[];
}) {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p>{message}</p>
      {remedies.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="Ways forward">
          {remedies.map((r, i) => {
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
      {(ruleId || doc) && (
        <p className="mt-2 text-xs text-amber-900">
          {code && <span className="font-mono">{code} · </span>}
          {ruleId && <>Rule <span className="font-semibold">{ruleId}</span></>}
          {doc && (
            <>
              {" · "}
              <a href={docUrl(doc)} target="_blank" rel="noreferrer" className="underline">
                Documentation
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
