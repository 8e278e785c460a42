"use client";

import Link from "next/link";
import { useState } from "react";
import type { Offer } from "@/lib/domain/offers";
import { formatUsdDisplay } from "@/lib/domain/money";
import { buttonClass } from "@/components/ui/button";
import { ReasonBox } from "./reason-box";
import { skuLabel } from "./labels";

export interface OfferView extends Offer {
  monthlyPriceCents: number;
  description: string;
  /** Licenses of this add-on the tenant holds on active subscriptions (0 when none). */
  owned: number;
}

type OfferReason = Offer["reasons"][number];
/** Two reasons are "the same" when code, rule and ways forward match (the sentence may name each add-on). */
const reasonKey = (r: OfferReason) => `${r.code}|${r.ruleId}|${JSON.stringify(r.remedies)}`;

/** From how many blocked add-ons on a reason it is said once over the list (two cards side by side read fine). */
const SHARED_AT = 3;

/**
 * A refusal that blocks three or more add-ons (GoDaddy, no plan, 21Vianet...) is said once, over the list, instead
 * of in every card: the shared reasons, and for each offer the reasons left to show in its card.
 */
function splitSharedReasons(offers: OfferView[]): { shared: { reason: OfferReason; skus: string[] }[]; own: Map<string, OfferReason[]> } {
  const bySku = new Map<string, string[]>();
  const first = new Map<string, OfferReason>();
  for (const o of offers) {
    if (o.status !== "blocked") continue;
    for (const r of o.reasons) {
      const k = reasonKey(r);
      if (!first.has(k)) first.set(k, r);
      (bySku.get(k) ?? bySku.set(k, []).get(k)!).push(o.sku);
    }
  }
  const sharedKeys = new Set([...bySku].filter(([, skus]) => skus.length >= SHARED_AT).map(([k]) => k));
  const shared = [...sharedKeys].map((k) => ({ reason: first.get(k)!, skus: bySku.get(k)! }));
  const own = new Map(offers.map((o) => [o.sku, o.reasons.filter((r) => !sharedKeys.has(reasonKey(r)))]));
  return { shared, own };
}

const STATUS: Record<Offer["status"], { label: string; className: string }> = {
  available: { label: "Available", className: "bg-green-100 text-green-900" },
  included: { label: "Included in your plan", className: "bg-brand-100 text-brand-900" },
  blocked: { label: "Not available", className: "bg-neutral-200 text-neutral-800" },
};

export function OfferList({ offers, tenantId, canBuy }: { offers: OfferView[]; tenantId: string; canBuy: boolean }) {
  const [realisticView, setRealisticView] = useState(false);
  const shown = realisticView ? offers.filter((o) => o.status === "available") : offers;
  const hiddenCount = offers.length - shown.length;
  const { shared, own } = splitSharedReasons(shown);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={realisticView} onChange={(e) => setRealisticView(e.target.checked)} className="h-4 w-4" />
          Show only what the real admin center shows
        </label>
        <p className="text-xs text-neutral-600" aria-live="polite">
          {realisticView
            ? `${hiddenCount} add-ons hidden, as the real console hides them.`
            : "Blocked add-ons stay listed here, with the reason."}
        </p>
      </div>
      {shared.length > 0 && (
        <section aria-label="Why several add-ons are blocked" className="mb-4 space-y-2" data-testid="shared-reasons">
          {shared.map(({ reason, skus }) => (
            <ReasonBox
              key={reasonKey(reason)}
              reason={reason}
              tenantId={tenantId}
              title={`This blocks ${skus.length} add-ons below: ${skus.map(skuLabel).join(", ")}`}
            />
          ))}
        </section>
      )}
      {shown.length === 0 ? (
        <p className="rounded border border-dashed border-neutral-300 bg-white p-6 text-center text-sm">
          The real admin center would show no add-ons to buy for this tenant. Turn the toggle off to see why.
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Add-ons">
          {shown.map((o) => (
            <li
              key={o.sku}
              aria-label={skuLabel(o.sku)}
              className={`flex flex-col rounded-md border bg-white p-4 shadow-sm ${o.status === "blocked" ? "border-neutral-200 opacity-90" : "border-neutral-200"}`}
            >
              <div className="flex items-start justify-between gap-3">
                <div>
                  <h3 className={`font-semibold ${o.status === "blocked" ? "text-neutral-500" : ""}`}>{skuLabel(o.sku)}</h3>
                  <p className="text-xs text-neutral-500">{o.sku}</p>
                </div>
                <span
                  className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STATUS[o.status].className}`}
                  data-testid="offer-status"
                >
                  {STATUS[o.status].label}
                </span>
              </div>
              <p className={`mt-2 text-sm ${o.status === "blocked" ? "text-neutral-500" : "text-neutral-700"}`}>{o.description}</p>
              {o.sku !== "MCOPSTNC" && (
                <p className="mt-1 text-sm">
                  {formatUsdDisplay(o.monthlyPriceCents)} <span className="text-neutral-500">per user per month (sandbox price)</span>
                </p>
              )}
              {o.owned > 0 && (
                <p className="mt-1 text-sm font-medium text-green-900" data-testid="offer-owned">
                  {o.sku === "MCOPSTNC"
                    ? "You have Communications Credits"
                    : `You own ${o.owned} ${o.owned === 1 ? "license" : "licenses"}`}
                </p>
              )}
              {o.status === "blocked" && <BlockedReasons offer={o} own={own.get(o.sku) ?? []} tenantId={tenantId} />}
              {o.recommendations.length > 0 && o.status !== "blocked" && (
                <ul className="mt-3 space-y-1 text-xs text-brand-900">
                  {o.recommendations.map((r) => (
                    <li key={r.ruleId} className="rounded bg-brand-50 px-2 py-1">
                      Tip: {r.message}
                    </li>
                  ))}
                </ul>
              )}
              <div className="mt-auto pt-3">
                {o.status === "available" && canBuy && (
                  <Link
                    href={o.sku === "MCOPSTNC" ? `/tenants/${tenantId}/billing/credits` : `/tenants/${tenantId}/billing/buy/${o.sku}`}
                    className={buttonClass("primary")}
                    aria-label={`Buy ${skuLabel(o.sku)}`}
                  >
                    {o.sku === "MCOPSTNC" ? "Set up" : "Buy"}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The card's own reasons; a reason shared with other cards is only pointed to (it is said once, above the list). */
function BlockedReasons({ offer, own, tenantId }: { offer: OfferView; own: OfferReason[]; tenantId: string }) {
  const sharedCount = offer.reasons.length - own.length;
  return (
    <div className="mt-3 space-y-1">
      {sharedCount > 0 && (
        <p className="text-xs text-neutral-600" data-testid="offer-shared-note">
          Not available for the reason explained above the list:{" "}
          {offer.reasons
            .filter((r) => !own.includes(r))
            .map((r, i) => (
              <span key={reasonKey(r)}>
                {i > 0 && ", "}
                <span className="font-mono">{r.code}</span> (rule{" "}
                <Link href={`/rules?tenant=${tenantId}#${encodeURIComponent(r.ruleId)}`} className="underline" data-testid="rule-id">
                  {r.ruleId}
                </Link>
                )
              </span>
            ))}
          .
        </p>
      )}
      {own[0] && <ReasonBox reason={own[0]} tenantId={tenantId} compact />}
      {own.length > 1 && (
        <details className="mt-1 text-xs text-neutral-600">
          <summary className="cursor-pointer">{own.length - 1} more reason(s)</summary>
          <ul className="mt-1 space-y-1">
            {own.slice(1).map((r, i) => (
              <li key={i}>
                {r.message} <span className="font-mono">({r.ruleId})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
