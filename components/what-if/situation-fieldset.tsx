import { SelectField, TextField } from "@/components/ui/field";
import {
  CHANNEL_OPTIONS,
  CLOUD_OPTIONS,
  COMMITMENT_OPTIONS,
  COUNTRY_OPTIONS,
  ORG_TYPE_OPTIONS,
  PLAN_OPTIONS,
} from "@/components/tenants/options";
import { ADDON_SKUS } from "@/lib/domain/types";
import { skuName } from "./labels";

const YES_NO = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
];

/** One situation of the what-if form; every field is named `<prefix>.<field>` (the page reads them back). */
export function SituationFieldset({ prefix, legend, values }: { prefix: string; legend: string; values: Record<string, string> }) {
  const f = (name: string) => `${prefix}.${name}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-neutral-200 bg-white p-4" aria-label={legend}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Base plan" name={f("plan")} options={PLAN_OPTIONS} defaultValue={values.plan} />
        <SelectField label="Country or region" name={f("country")} options={COUNTRY_OPTIONS} defaultValue={values.country} />
        <SelectField label="Purchase channel" name={f("channel")} options={CHANNEL_OPTIONS} defaultValue={values.channel} />
        <SelectField label="Commitment" name={f("commitment")} options={COMMITMENT_OPTIONS} defaultValue={values.commitment} />
        <SelectField label="Organization type" name={f("orgType")} options={ORG_TYPE_OPTIONS} defaultValue={values.orgType} />
        <SelectField label="Cloud" name={f("cloud")} options={CLOUD_OPTIONS} defaultValue={values.cloud} />
      </div>
      <details
        className="rounded border border-neutral-200 p-3"
        open={Object.keys(values).some((k) => k.startsWith("policy.") || k.startsWith("owned."))}
      >
        <summary className="cursor-pointer text-sm font-medium">Policy flags and add-ons already bought</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <SelectField
            label="Monthly commitment blocks add-ons"
            name={f("policy.monthlyCommitmentBlocksAddOns")}
            options={YES_NO}
            defaultValue={values["policy.monthlyCommitmentBlocksAddOns"] ?? "true"}
          />
          <SelectField
            label="Phone System on SfB Plan 2"
            name={f("policy.sfbPlan2PhoneSystem")}
            options={[
              { value: "allow", label: "Add it" },
              { value: "switch", label: "Switch plans first" },
            ]}
            defaultValue={values["policy.sfbPlan2PhoneSystem"] ?? "allow"}
          />
          <SelectField
            label="Canada Calling Plans preview"
            name={f("policy.canadaCallingPlansPreview")}
            options={YES_NO}
            defaultValue={values["policy.canadaCallingPlansPreview"] ?? "false"}
          />
          {ADDON_SKUS.map((sku) => (
            <TextField
              key={sku}
              label={`${skuName(sku)} seats owned`}
              name={f(`owned.${sku}`)}
              type="number"
              min={0}
              defaultValue={values[`owned.${sku}`] ?? "0"}
            />
          ))}
        </div>
      </details>
    </fieldset>
  );
}
