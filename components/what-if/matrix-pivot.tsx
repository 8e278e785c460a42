import Link from "next/link";
import { COUNTRY_CLASSES } from "@/lib/domain/country-classes";
import { matrixSituations, type MatrixRow } from "@/lib/domain/matrix";
import type { AddonSku } from "@/lib/domain/types";
import { planShort, skuName, startTenantHref } from "./labels";
import { STATUS_STYLE } from "./status-badge";

const MIXED = "bg-amber-50 text-amber-950 hover:bg-amber-100 border-amber-300";

/**
 * One add-on at a glance: plans down, country classes across. A cell that stands for one situation opens the
 * create-tenant form for it; a cell over several (other dimensions or policy flags left open) says how many can
 * buy and opens the detailed grid for that plan and class.
 */
export function MatrixPivot({
  rows,
  sku,
  gridHref,
}: {
  rows: MatrixRow[];
  sku: AddonSku;
  gridHref: (plan: string, countryClass: string) => string;
}) {
  const mine = rows.filter((r) => r.sku === sku);
  const plans = [...new Set(matrixSituations(mine).map((s) => s.plan))];
  const classes = COUNTRY_CLASSES.filter((c) => mine.some((r) => r.situation.countryClass === c.id));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-sm text-neutral-700">
          Where can <strong>{skuName(sku)}</strong> be bought? Plans down, country classes across.
        </caption>
        <thead>
          <tr className="border-b border-neutral-200">
            <th scope="col" className="px-2 py-2 text-xs font-semibold uppercase text-neutral-600">
              Plan
            </th>
            {classes.map((c) => (
              <th key={c.id} scope="col" className="px-1 py-2 text-center text-xs font-semibold text-neutral-700">
                {c.label}
                <span className="block font-normal text-neutral-500">
                  e.g. {c.representative}
                  {c.countries.length > 1 ? ` + ${c.countries.length - 1}` : ""}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan ?? "none"} className="border-b border-neutral-100">
              <th scope="row" className="whitespace-nowrap px-2 py-1 font-medium">
                {planShort(plan)}
              </th>
              {classes.map((c) => {
                const cell = mine.filter((r) => r.situation.plan === plan && r.situation.countryClass === c.id);
                return (
                  <td key={c.id} className="px-1 py-1 text-center">
                    <PivotCell
                      cell={cell}
                      sku={sku}
                      href={cell.length === 1 ? startTenantHref(cell[0].situation) : gridHref(plan ?? "none", c.id)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PivotCell({ cell, sku, href }: { cell: MatrixRow[]; sku: AddonSku; href: string }) {
  if (cell.length === 0) return <span className="text-neutral-400">–</span>;
  const statuses = new Set(cell.map((r) => r.status));
  const rules = new Set(cell.map((r) => r.ruleId));
  const available = cell.filter((r) => r.status === "available").length;
  const cls =
    "flex items-center justify-center gap-1 rounded border px-1 py-1 font-mono text-xs font-semibold focus:outline-2 focus:outline-offset-1 focus:outline-brand-700";
  const action = cell.length === 1 ? "Start a tenant in this situation" : "Show these situations";
  if (statuses.size === 1) {
    const status = cell[0].status;
    const style = STATUS_STYLE[status];
    const short = status === "blocked" ? (rules.size === 1 ? cell[0].ruleId : "several rules") : status === "included" ? "Included" : "Buy";
    const why =
      status !== "blocked"
        ? ""
        : rules.size === 1
          ? `: ${cell[0].code} (${cell[0].ruleId})`
          : ` by ${[...rules].join(", ")}, depending on policy or situation`;
    const label = `${skuName(sku)}: ${style.word}${why}${cell.length > 1 ? ` in all ${cell.length} situations` : ""}. ${action}`;
    return (
      <Link href={href} aria-label={label} title={label} className={`${cls} ${style.cell}`}>
        <span aria-hidden="true">{style.icon}</span>
        {short}
      </Link>
    );
  }
  const label = `${skuName(sku)}: can be bought in ${available} of ${cell.length} situations. ${action}`;
  return (
    <Link href={href} aria-label={label} title={label} className={`${cls} ${MIXED}`}>
      <span aria-hidden="true">◐</span>
      {available} of {cell.length}
    </Link>
  );
}
