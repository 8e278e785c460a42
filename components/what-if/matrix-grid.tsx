import Link from "next/link";
import { COUNTRY_CLASSES } from "@/lib/domain/country-classes";
import { matrixSituations, type MatrixRow, type MatrixSituation } from "@/lib/domain/matrix";
import { ADDON_SKUS } from "@/lib/domain/types";
import { countryName, dimensionLabel, planShort, policyWords, skuName, startTenantHref, whatIfHref } from "./labels";
import { STATUS_STYLE } from "./status-badge";

/** More rows than this slow the page for no reader; the downloads carry everything. */
const MAX_SITUATIONS = 600;

const DIMS = ["plan", "channel", "commitment", "orgType", "cloud"] as const;

const classLabel = (id: string) => COUNTRY_CLASSES.find((c) => c.id === id)?.label ?? id;

function groupLabel(s: MatrixSituation, group: string): string {
  if (group === "countryClass") return classLabel(s.countryClass);
  if (group === "plan") return planShort(s.plan);
  const dim = DIMS.find((d) => d === group);
  return dim ? dimensionLabel(dim, s[dim]) : "";
}

function describe(s: MatrixSituation, group: string, fixed: string[]): { main: string; sub: string } {
  const parts = DIMS.filter((d) => d !== group && !fixed.includes(d)).map((d) => dimensionLabel(d, s[d]));
  const country = countryName(s.country);
  return {
    main: [...parts, group === "countryClass" ? country : `${country}`].join(" · "),
    sub: [group === "countryClass" ? "" : classLabel(s.countryClass), ...policyWords(s.policy)].filter(Boolean).join(" · "),
  };
}

export function MatrixGrid({ rows, group, fixed }: { rows: MatrixRow[]; group: string; fixed: string[] }) {
  const situations = matrixSituations(rows);
  const cells = new Map<string, MatrixRow[]>();
  for (const r of rows) cells.set(r.situation.key, [...(cells.get(r.situation.key) ?? []), r]);
  const shown = situations.slice(0, MAX_SITUATIONS);
  const groups = new Map<string, MatrixSituation[]>();
  for (const s of shown) {
    const label = groupLabel(s, group);
    groups.set(label, [...(groups.get(label) ?? []), s]);
  }
  const fixedWords = fixed.map((d) => dimensionLabel(d, situations[0]?.[d as (typeof DIMS)[number]] ?? null));

  return (
    <div className="space-y-4">
      <Summary rows={rows} situations={situations.length} />
      {fixedWords.length > 0 && (
        <p className="text-sm text-neutral-700">
          Every row: <strong>{fixedWords.join(" · ")}</strong>
        </p>
      )}
      {situations.length > MAX_SITUATIONS && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Showing the first {MAX_SITUATIONS} of {situations.length} situations. Narrow the filters to see the others; the downloads contain
          all of them.
        </p>
      )}
      <div
        className="max-h-[70vh] overflow-auto rounded border border-neutral-200"
        tabIndex={0}
        role="region"
        aria-label="Eligibility matrix (scrolls)"
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Eligibility matrix: one row per situation, one column per add-on</caption>
          <thead className="sticky top-0 z-10 bg-white shadow-[0_1px_0_theme(colors.neutral.200)]">
            <tr>
              <th scope="col" className="px-3 py-2 text-xs font-semibold uppercase text-neutral-600">
                Situation
              </th>
              {ADDON_SKUS.map((sku) => (
                <th key={sku} scope="col" className="w-32 px-1 py-2 text-center text-xs font-semibold text-neutral-700">
                  {skuName(sku)}
                </th>
              ))}
            </tr>
          </thead>
          {[...groups.entries()].map(([label, members]) => (
            <tbody key={label}>
              <tr className="bg-neutral-100">
                <th scope="colgroup" colSpan={ADDON_SKUS.length + 1} className="px-3 py-1.5 text-xs font-semibold text-neutral-800">
                  {label}{" "}
                  <span className="font-normal text-neutral-600">
                    ({members.length} {members.length === 1 ? "situation" : "situations"})
                  </span>
                </th>
              </tr>
              {members.map((s) => {
                const d = describe(s, group, fixed);
                return (
                  <tr key={s.key} className="border-b border-neutral-100">
                    <th scope="row" className="px-3 py-1 align-middle font-normal">
                      <span className="block text-sm text-neutral-900">{d.main}</span>
                      <span className="block text-xs text-neutral-600">
                        {d.sub && <>{d.sub} · </>}
                        <Link href={whatIfHref(s)} className="text-brand-700 underline">
                          compare
                        </Link>
                      </span>
                    </th>
                    {(cells.get(s.key) ?? []).map((c) => (
                      <td key={c.sku} className="px-1 py-1 text-center">
                        <MatrixCell row={c} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}

function MatrixCell({ row }: { row: MatrixRow }) {
  const style = STATUS_STYLE[row.status];
  const short = row.status === "blocked" ? row.ruleId : row.status === "included" ? "Included" : "Buy";
  const why = row.code ? `: ${row.code} (${row.ruleId})` : "";
  return (
    <Link
      href={startTenantHref(row.situation)}
      title={`${style.word}${why}. Start a tenant in this situation.`}
      aria-label={`${skuName(row.sku)}: ${style.word}${why}. Start a tenant in this situation`}
      className={`flex items-center justify-center gap-1 rounded border px-1 py-1 font-mono text-xs font-semibold focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${style.cell}`}
    >
      <span aria-hidden="true">{style.icon}</span>
      {short}
    </Link>
  );
}

function Summary({ rows, situations }: { rows: MatrixRow[]; situations: number }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-3 xl:grid-cols-6" aria-label="Where each add-on can be bought">
      {ADDON_SKUS.map((sku) => {
        const mine = rows.filter((r) => r.sku === sku);
        const count = (st: string) => mine.filter((r) => r.status === st).length;
        const available = count("available");
        return (
          <li key={sku} className="rounded border border-neutral-200 p-2">
            <p className="text-xs font-semibold text-neutral-800">{skuName(sku)}</p>
            <p className="text-sm">
              <span className="font-semibold text-emerald-800">✓ {available}</span> of {situations} can buy
            </p>
            <p className="text-xs text-neutral-600">
              ● {count("included")} included · ✕ {count("blocked")} blocked
            </p>
          </li>
        );
      })}
    </ul>
  );
}
