import Link from "next/link";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";
import type { RefusalView, RemedyView } from "./types";

function skuName(sku: string | undefined): string {
  return sku && isSkuPartNumber(sku) ? SKU_CATALOG[sku].name : (sku ?? "the license");
}

/** One remedy in words, with a link where the console can do it. */
function RemedyItem({ remedy, tenantId }: { remedy: RemedyView; tenantId: string }) {
  const base = `/tenants/${tenantId}`;
  switch (remedy.action) {
    case "purchase":
      return (
        <>
          Buy more seats of <strong>{skuName(remedy.sku)}</strong>{" "}
          <Link className="text-brand-700 underline" href={`${base}/billing/buy`}>
            in Buy add-ons
          </Link>{" "}
          (or free one up by removing it from someone).
        </>
      );
    case "assign":
      return (
        <>
          Also assign <strong>{skuName(remedy.sku)}</strong> to the user in the same save.
        </>
      );
    case "setUsageLocation":
      return (
        <>
          Set a usage location for the user{" "}
          <a className="text-brand-700 underline" href="#user-details">
            in the user&apos;s details
          </a>
          .
        </>
      );
    case "switchPlan":
      return (
        <>
          Switch the tenant to {(remedy.to ?? []).map(skuName).join(" or ")}{" "}
          <Link className="text-brand-700 underline" href={`${base}/billing/subscriptions`}>
            in Subscriptions
          </Link>
          .
        </>
      );
    case "addFunds":
      return (
        <>
          Add funds{" "}
          <Link className="text-brand-700 underline" href={`${base}/billing/credits`}>
            in Communications Credits
          </Link>
          .
        </>
      );
    case "contactSupport":
      return <>Ask support to unblock it.</>;
    case "thirdPartyProvider":
      return <>Use a third-party provider instead.</>;
    case "changeCommitment":
      return <>Move the tenant to an annual commitment.</>;
    default:
      return <>{remedy.action}</>;
  }
}

/** A refusal from the rules: our sentence, then the code, the rule id and what would unblock it. */
export function Refusal({ refusal, tenantId, title = "This change was refused" }: { refusal: RefusalView; tenantId: string; title?: string }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{refusal.message}</p>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-xs text-neutral-700">
        <div>
          <dt className="inline font-medium">Code </dt>
          <dd className="inline font-mono" data-testid="refusal-code">{refusal.code}</dd>
        </div>
        {refusal.ruleId && (
          <div>
            <dt className="inline font-medium">Rule </dt>
            <dd className="inline font-mono" data-testid="refusal-rule">{refusal.ruleId}</dd>
          </div>
        )}
        {refusal.doc && (
          <div>
            <dt className="inline font-medium">Source </dt>
            <dd className="inline font-mono">{refusal.doc}</dd>
          </div>
        )}
      </dl>
      {refusal.remedies.length > 0 && (
        <div className="mt-2">
          <p className="font-medium">What would unblock it</p>
          <ul className="mt-1 list-disc pl-5">
            {refusal.remedies.map((r, i) => (
              <li key={i}>
                <RemedyItem remedy={r} tenantId={tenantId} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
