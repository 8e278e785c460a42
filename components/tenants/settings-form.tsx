"use client";

import { useActionState } from "react";
import { updateSettingsAction } from "@/lib/actions/billing";
import type { PolicyView } from "@/lib/validation/responses";
import { policyFlagInfo } from "@/lib/domain/policy";
import type { PolicyFlag } from "@/lib/domain/types";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { CHANNEL_OPTIONS, CLOUD_OPTIONS, COMMITMENT_OPTIONS, COUNTRY_OPTIONS, ORG_TYPE_OPTIONS } from "./options";

/** The documentation's reading of a policy flag, which is its default. */
function defaultHint(flag: PolicyFlag): string {
  return `Default, the documentation's reading: ${policyFlagInfo(flag).defaultReading}`;
}

function DefaultNote({ flag }: { flag: PolicyFlag }) {
  return <span className="block text-xs text-neutral-500">{defaultHint(flag)}</span>;
}

export interface SituationValues {
  country: string;
  orgType: string;
  cloud: string;
  channel: string;
  commitment: string;
  policy: PolicyView;
}

/** The tenant's situation and the documented ambiguities, so QA can reproduce any case. */
export function TenantSettingsForm({ tenantId, current }: { tenantId: string; current: SituationValues }) {
  const [state, action, pending] = useActionState(updateSettingsAction.bind(null, tenantId), initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const checked = (
    name: "monthlyCommitmentBlocksAddOns" | "canadaCallingPlansPreview" | "creditsInBahrainBrazilBrunei" | "phoneSystemOn21Vianet",
  ) => (state.values ? v[name] === "on" : current.policy[name]);
  return (
    <form action={action} className="space-y-4" noValidate id="tenant-settings">
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <SelectField
          label="Country or region"
          name="country"
          options={COUNTRY_OPTIONS}
          defaultValue={v.country ?? current.country}
          errors={e.country}
        />
        <SelectField
          label="Commitment"
          name="commitment"
          options={COMMITMENT_OPTIONS}
          defaultValue={v.commitment ?? current.commitment}
          errors={e.commitment}
        />
        <SelectField
          label="Purchase channel"
          name="channel"
          options={CHANNEL_OPTIONS}
          defaultValue={v.channel ?? current.channel}
          errors={e.channel}
        />
        <SelectField
          label="Organization type"
          name="orgType"
          options={ORG_TYPE_OPTIONS}
          defaultValue={v.orgType ?? current.orgType}
          errors={e.orgType}
        />
        <SelectField label="Cloud" name="cloud" options={CLOUD_OPTIONS} defaultValue={v.cloud ?? current.cloud} errors={e.cloud} />
      </div>
      <fieldset className="rounded border border-neutral-200 p-4" id="policy">
        <legend className="px-1 text-sm font-semibold">Where the documentation is ambiguous</legend>
        <div className="space-y-3 text-sm">
          <label
            id="flag-monthlyCommitmentBlocksAddOns"
            className="flex items-start gap-2 rounded p-1 target:bg-violet-50 target:ring-2 target:ring-violet-400"
          >
            <input
              type="checkbox"
              name="monthlyCommitmentBlocksAddOns"
              defaultChecked={checked("monthlyCommitmentBlocksAddOns")}
              className="mt-1 h-4 w-4"
            />
            <span>
              A monthly commitment blocks add-on purchases{" "}
              <span className="text-neutral-500">(the docs call it a known issue that happens in some cases; rule R-MC-1)</span>
              <DefaultNote flag="monthlyCommitmentBlocksAddOns" />
            </span>
          </label>
          <label
            id="flag-canadaCallingPlansPreview"
            className="flex items-start gap-2 rounded p-1 target:bg-violet-50 target:ring-2 target:ring-violet-400"
          >
            <input
              type="checkbox"
              name="canadaCallingPlansPreview"
              defaultChecked={checked("canadaCallingPlansPreview")}
              className="mt-1 h-4 w-4"
            />
            <span>
              This tenant is in the Canada Calling Plans preview <span className="text-neutral-500">(R-GEO-3)</span>
              <DefaultNote flag="canadaCallingPlansPreview" />
            </span>
          </label>
          <label
            id="flag-creditsInBahrainBrazilBrunei"
            className="flex items-start gap-2 rounded p-1 target:bg-violet-50 target:ring-2 target:ring-violet-400"
          >
            <input
              type="checkbox"
              name="creditsInBahrainBrazilBrunei"
              defaultChecked={checked("creditsInBahrainBrazilBrunei")}
              className="mt-1 h-4 w-4"
            />
            <span>
              Communications Credits can be set up in Bahrain, Brazil and Brunei <span className="text-neutral-500">(R-CC-5, §5.3)</span>
              <DefaultNote flag="creditsInBahrainBrazilBrunei" />
            </span>
          </label>
          <label
            id="flag-phoneSystemOn21Vianet"
            className="flex items-start gap-2 rounded p-1 target:bg-violet-50 target:ring-2 target:ring-violet-400"
          >
            <input
              type="checkbox"
              name="phoneSystemOn21Vianet"
              defaultChecked={checked("phoneSystemOn21Vianet")}
              className="mt-1 h-4 w-4"
            />
            <span>
              Tenants on Office 365 operated by 21Vianet can buy Phone System <span className="text-neutral-500">(R-21V-1, §6.2)</span>
              <DefaultNote flag="phoneSystemOn21Vianet" />
            </span>
          </label>
          <SelectField
            label="What decides whether Calling Plans can be bought (R-GEO-2)"
            name="callingPlanPurchaseCountry"
            options={[
              { value: "usageLocation", label: "Each user's usage location, checked when a plan is assigned" },
              { value: "tenantCountry", label: "The tenant's country must sell Calling Plans too" },
            ]}
            defaultValue={v.callingPlanPurchaseCountry ?? current.policy.callingPlanPurchaseCountry}
            errors={e["policy.callingPlanPurchaseCountry"]}
            hint={defaultHint("callingPlanPurchaseCountry")}
          />
          <SelectField
            label="When a Domestic and International minute pool runs out of one allowance (A-14)"
            name="diPoolExhaustion"
            options={[
              { value: "either", label: "Every call from that pool stops" },
              { value: "perCategory", label: "Only that kind of call stops" },
            ]}
            defaultValue={v.diPoolExhaustion ?? current.policy.diPoolExhaustion}
            errors={e["policy.diPoolExhaustion"]}
            hint={defaultHint("diPoolExhaustion")}
          />
          <div id="flag-sfbPlan2PhoneSystem" className="rounded p-1 target:bg-violet-50 target:ring-2 target:ring-violet-400">
            <SelectField
              label="Phone System on Skype for Business Online Plan 2 (R-PS-S2)"
              name="sfbPlan2PhoneSystem"
              options={[
                { value: "allow", label: "Can be bought, with a tip to evaluate E5" },
                { value: "switch", label: "Needs a plan switch first" },
              ]}
              defaultValue={v.sfbPlan2PhoneSystem ?? current.policy.sfbPlan2PhoneSystem}
              errors={e["policy.sfbPlan2PhoneSystem"]}
              hint={defaultHint("sfbPlan2PhoneSystem")}
            />
          </div>
          <div id="flag-minimumFundingUsd" className="rounded p-1 target:bg-violet-50 target:ring-2 target:ring-violet-400">
            <TextField
              label="Minimum Communications Credits funding, in dollars (A-8)"
              name="minimumFundingUsd"
              inputMode="decimal"
              defaultValue={v.minimumFundingUsd ?? current.policy.minimumFundingUsd}
              errors={e["policy.minimumFundingUsd"]}
              hint="March 2018 suggested $20; from July 2018 it was $50."
            />
          </div>
        </div>
      </fieldset>
      <FormAlert state={state} tenantId={tenantId} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
