import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { OfferDiff } from "@/components/what-if/offer-diff";
import { SituationFieldset } from "@/components/what-if/situation-fieldset";
import { StatusLegend } from "@/components/what-if/status-badge";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";
import { evaluateSituation } from "@/lib/services/what-if";
import { evaluateInput } from "@/lib/validation/what-if";
import { fieldErrors } from "@/lib/validation/errors";

export const metadata: Metadata = { title: "What-if" };

type Search = Record<string, string | string[] | undefined>;

const BASE = { plan: "ENTERPRISEPACK", country: "US", channel: "direct", commitment: "monthly", orgType: "commercial", cloud: "worldwide" };
/** Before anyone asks: the same E3 tenant before and after the monthly-commitment flag flips (R-MC-1 / A-6). */
const DEFAULTS: Record<string, Record<string, string>> = {
  a: { ...BASE, "policy.monthlyCommitmentBlocksAddOns": "true" },
  b: { ...BASE, "policy.monthlyCommitmentBlocksAddOns": "false" },
};

function valuesOf(sp: Search, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) if (typeof v === "string" && k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return Object.keys(out).length > 0 ? out : DEFAULTS[prefix];
}

/** Form fields (all strings) to the API's evaluate body. */
function toInput(v: Record<string, string>) {
  const policy: Record<string, string | boolean> = {};
  const owned: Record<string, number> = {};
  for (const [k, value] of Object.entries(v)) {
    if (k.startsWith("policy.")) policy[k.slice(7)] = value === "true" ? true : value === "false" ? false : value;
    if (k.startsWith("owned.") && value.trim() !== "" && Number(value) !== 0) owned[k.slice(6)] = Number(value);
  }
  return {
    country: v.country,
    orgType: v.orgType,
    cloud: v.cloud,
    channel: v.channel,
    commitment: v.commitment,
    plan: v.plan ? v.plan : null,
    policy,
    owned,
  };
}

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("/what-if");
  const { tenants } = await loadShell(actor);
  const sp = await searchParams;
  const values = { a: valuesOf(sp, "a"), b: valuesOf(sp, "b") };
  const parsed = { a: evaluateInput.safeParse(toInput(values.a)), b: evaluateInput.safeParse(toInput(values.b)) };
  const problems = (["a", "b"] as const).flatMap((p) => {
    const r = parsed[p];
    return r.success
      ? []
      : Object.entries(fieldErrors(r.error)).map(([field, msgs]) => `Situation ${p.toUpperCase()}, ${field}: ${msgs.join(" ")}`);
  });
  const offers =
    parsed.a.success && parsed.b.success
      ? { a: evaluateSituation(actor, parsed.a.data), b: evaluateSituation(actor, parsed.b.data) }
      : null;

  return (
    <ConsoleShell actor={actor} tenants={tenants}>
      <PageHeader
        title="What-if"
        description="Describe two situations a tenant could be in and see, side by side, what each would be offered. Nothing is created: the answers come from the same rules a real tenant's Billing page uses."
        actions={
          <Link href="/matrix" className={buttonClass("secondary")}>
            Eligibility matrix
          </Link>
        }
      />
      <div className="space-y-6">
        <form method="get" action="/what-if" className="space-y-4" aria-label="Situations to compare">
          <div className="grid gap-4 lg:grid-cols-2">
            <SituationFieldset prefix="a" legend="Situation A" values={values.a} />
            <SituationFieldset prefix="b" legend="Situation B" values={values.b} />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Compare
          </button>
        </form>
        {problems.length > 0 && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            <p className="font-semibold">Some fields need attention.</p>
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {offers && (
          <Card title="Offers, A next to B" actions={<StatusLegend />}>
            <OfferDiff a={offers.a} b={offers.b} />
          </Card>
        )}
      </div>
    </ConsoleShell>
  );
}
