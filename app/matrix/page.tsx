import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { MatrixFilters, type FilterDimension } from "@/components/what-if/matrix-filters";
import { MatrixGrid } from "@/components/what-if/matrix-grid";
import { MatrixPivot } from "@/components/what-if/matrix-pivot";
import { StatusLegend } from "@/components/what-if/status-badge";
import { dimensionLabel } from "@/components/what-if/labels";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";
import { getMatrix } from "@/lib/services/what-if";
import { matrixQuery } from "@/lib/validation/what-if";
import { COUNTRY_CLASSES } from "@/lib/domain/country-classes";
import { ADDON_SKUS, CHANNELS, CLOUDS, COMMITMENTS, ORG_TYPES, PLAN_SKUS, type AddonSku } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Eligibility matrix" };

type Search = Record<string, string | string[] | undefined>;

/** What the page shows before anyone touches the filters: the commonest situation, every plan and country class. */
const UI_DEFAULTS: Record<string, string[]> = {
  channel: ["direct"],
  commitment: ["annual"],
  orgType: ["commercial"],
  cloud: ["worldwide"],
};

const DIMENSIONS: { name: string; legend: string; values: readonly string[] }[] = [
  { name: "plan", legend: "Plan", values: ["none", ...PLAN_SKUS] },
  { name: "channel", legend: "Purchase channel", values: CHANNELS },
  { name: "commitment", legend: "Commitment", values: COMMITMENTS },
  { name: "orgType", legend: "Organization type", values: ORG_TYPES },
  { name: "cloud", legend: "Cloud", values: CLOUDS },
  { name: "country", legend: "Country class", values: COUNTRY_CLASSES.map((c) => c.id) },
];

const list = (v: string | string[] | undefined) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((x) => x.split(",")).filter(Boolean);

export default async function MatrixPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("/matrix");
  const { tenants } = await loadShell(actor);
  const sp = await searchParams;
  const submitted = sp.f !== undefined;
  const selected = Object.fromEntries(
    DIMENSIONS.map((d) => [d.name, list(sp[d.name]).filter((v) => d.values.includes(v) || d.name === "country")]),
  ) as Record<string, string[]>;
  if (!submitted) Object.assign(selected, UI_DEFAULTS);
  const group = typeof sp.group === "string" ? sp.group : "plan";
  const sku: AddonSku = ADDON_SKUS.find((s) => s === sp.sku) ?? "MCOPSTN1";

  // The same parsing the API uses; the page's query is the API's query.
  const apiQuery = new URLSearchParams();
  for (const d of DIMENSIONS) if (selected[d.name].length > 0) apiQuery.set(d.name, selected[d.name].join(","));
  const parsed = matrixQuery.safeParse(Object.fromEntries(apiQuery));
  const { format: _format, ...filter } = parsed.success ? parsed.data : matrixQuery.parse({});
  const rows = getMatrix(actor, filter);

  const dimensions: FilterDimension[] = DIMENSIONS.map((d) => ({
    name: d.name,
    legend: d.legend,
    selected: selected[d.name],
    options: d.values.map((v) => ({
      value: v,
      label: d.name === "country" ? COUNTRY_CLASSES.find((c) => c.id === v)!.label : dimensionLabel(d.name, v === "none" ? null : v),
    })),
  }));
  // Dimensions with one value selected are stated once above the grid instead of on every row.
  const fixed = DIMENSIONS.filter((d) => d.name !== "country" && d.name !== "plan" && selected[d.name].length === 1).map((d) => d.name);
  const csvQuery = new URLSearchParams(apiQuery);
  csvQuery.set("format", "csv");
  const jsonHref = `/api/v1/matrix${apiQuery.size ? `?${apiQuery}` : ""}`;
  /** The detailed grid for one plan and country class, other filters kept. */
  const gridHref = (plan: string, countryClass: string) => {
    const q = new URLSearchParams({ f: "1", group, sku });
    for (const d of DIMENSIONS)
      for (const v of d.name === "plan" ? [plan] : d.name === "country" ? [countryClass] : selected[d.name]) q.append(d.name, v);
    return `/matrix?${q}#grid`;
  };

  return (
    <ConsoleShell actor={actor} tenants={tenants}>
      <PageHeader
        title="Eligibility matrix"
        description="Every situation the rules tell apart, against every add-on: can a tenant in it buy the add-on, does its plan include it, or which rule refuses it. Open a cell to start a sandbox tenant in that situation."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/what-if" className={buttonClass("secondary")}>
              What-if and compare
            </Link>
            <a href={`/api/v1/matrix?${csvQuery}`} className={buttonClass("secondary")} download>
              Download CSV
            </a>
            <a href={jsonHref} className={buttonClass("secondary")} download="eligibility-matrix.json">
              Download JSON
            </a>
          </div>
        }
      />
      <div className="space-y-6">
        <Card title="Filters">
          <MatrixFilters dimensions={dimensions} group={group} sku={sku} />
          {!parsed.success && (
            <p role="alert" className="mt-3 text-sm text-red-800">
              Some filter values weren&apos;t recognised and were ignored.
            </p>
          )}
        </Card>
        <Card title="At a glance" actions={<StatusLegend />}>
          <MatrixPivot rows={rows} sku={sku} gridHref={gridHref} />
        </Card>
        <div id="grid">
          <Card title="Situations and add-ons">
            <MatrixGrid rows={rows} group={group} fixed={fixed} />
          </Card>
        </div>
      </div>
    </ConsoleShell>
  );
}
