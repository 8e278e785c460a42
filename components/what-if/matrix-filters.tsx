import { buttonClass } from "@/components/ui/button";
import { ADDON_SKUS } from "@/lib/domain/types";
import { dimensionLabel, skuName } from "./labels";

export interface FilterDimension {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
}

export const GROUP_OPTIONS = [
  { value: "plan", label: "Plan" },
  { value: "countryClass", label: "Country class" },
  { value: "channel", label: "Purchase channel" },
  { value: "commitment", label: "Commitment" },
  { value: "orgType", label: "Organization type" },
  { value: "cloud", label: "Cloud" },
];

/** A GET form: checkboxes per dimension (none ticked = every value), grouping, and Apply. */
export function MatrixFilters({ dimensions, group, sku }: { dimensions: FilterDimension[]; group: string; sku: string }) {
  return (
    <form method="get" action="/matrix" className="space-y-4" aria-label="Matrix filters">
      <input type="hidden" name="f" value="1" />
      <div className="grid items-start gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {dimensions.map((d) => (
          <fieldset key={d.name} className="rounded border border-neutral-200 px-3 pb-2 pt-1">
            <legend className="px-1 text-xs font-semibold uppercase text-neutral-600">{d.legend}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {d.options.map((o) => (
                <label key={o.value} className="inline-flex items-center gap-1.5 text-xs">
                  <input type="checkbox" name={d.name} value={o.value} defaultChecked={d.selected.includes(o.value)} className="h-4 w-4" />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          At a glance
          <select name="sku" defaultValue={sku} className="ml-2 rounded border border-neutral-300 px-2 py-1.5 text-sm">
            {ADDON_SKUS.map((s) => (
              <option key={s} value={s}>
                {skuName(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Group rows by
          <select name="group" defaultValue={group} className="ml-2 rounded border border-neutral-300 px-2 py-1.5 text-sm">
            {GROUP_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <a href="/matrix?f=1" className={buttonClass("ghost")}>
          Show everything
        </a>
        <p className="text-xs text-neutral-600">Nothing ticked in a box means every value of it.</p>
      </div>
    </form>
  );
}

export { dimensionLabel };
