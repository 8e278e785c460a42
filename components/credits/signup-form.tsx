"use client";

import { useActionState, useRef, useState } from "react";
import { signUpCreditsAction } from "@/lib/actions/credits";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { PAYMENT_METHOD_OPTIONS } from "./options";
import { SwitchField } from "./switch-field";
import { formatUsdAmount } from "@/lib/domain/money";

/**
 * The Communications Credits order form (Buy add-ons > Communications Credits, SC:59-74): funds to add,
 * auto-recharge, a simulated card, then "Place order" asks for confirmation before anything is spent.
 */
export function CreditsSignUpForm({ tenantId, minimumFunding }: { tenantId: string; minimumFunding: string }) {
  const [state, action, pending] = useActionState(signUpCreditsAction.bind(null, tenantId), initialFormState);
  const [amount, setAmount] = useState(state.values?.amount ?? minimumFunding);
  const [auto, setAuto] = useState(true);
  const [rechargeAmount, setRechargeAmount] = useState(minimumFunding);
  const [threshold, setThreshold] = useState("10.00");
  const [payment, setPayment] = useState("succeed");
  const [key] = useState(() => crypto.randomUUID());
  const dialog = useRef<HTMLDialogElement>(null);
  const errors = state.fieldErrors ?? {};
  const paymentLabel = PAYMENT_METHOD_OPTIONS.find((o) => o.value === payment)?.label ?? payment;

  return (
    <form action={action} className="space-y-4" noValidate aria-label="Communications Credits order">
      <input type="hidden" name="idempotencyKey" value={key} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Add funds"
          name="amount"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.amount}
          hint={`In US dollars, at least ${formatUsdAmount(minimumFunding)}. Unused funds expire 12 months after they are added.`}
        />
        <SelectField
          label="Payment method"
          name="paymentMethod"
          options={PAYMENT_METHOD_OPTIONS}
          value={payment}
          onChange={(e) => setPayment(e.target.value)}
          hint="Simulated: nothing is charged."
        />
      </div>
      <SwitchField
        name="autoRecharge"
        label="Auto-recharge"
        checked={auto}
        onChange={setAuto}
        hint="Recommended: without it, calls paid from credits stop once the funds run out."
      />
      {auto && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Recharge with"
            name="rechargeAmount"
            inputMode="decimal"
            value={rechargeAmount}
            onChange={(e) => setRechargeAmount(e.target.value)}
            errors={errors.rechargeAmount}
            hint="Added each time the balance drops below the trigger."
          />
          <TextField
            label="When the balance falls below"
            name="threshold"
            inputMode="decimal"
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            errors={errors.threshold}
            hint="The trigger amount. Exactly this amount does not trigger a recharge."
          />
        </div>
      )}
      <Button type="button" onClick={() => dialog.current?.showModal()}>
        Place order
      </Button>
      <dialog ref={dialog} aria-labelledby="order-title" className="m-auto w-full max-w-md rounded-md p-0 shadow-xl backdrop:bg-black/40">
        <div className="p-6">
          <h2 id="order-title" className="text-lg font-semibold">
            Confirm your order
          </h2>
          <dl className="mt-3 space-y-1 text-sm">
            <div className="flex justify-between gap-4">
              <dt className="text-neutral-600">Funds to add now</dt>
              <dd className="font-semibold">{formatUsdAmount(amount || "0")}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-neutral-600">Auto-recharge</dt>
              <dd>{auto ? `${formatUsdAmount(rechargeAmount || "0")} when below ${formatUsdAmount(threshold || "0")}` : "Off"}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-neutral-600">Paid with</dt>
              <dd>{paymentLabel}</dd>
            </div>
          </dl>
          <p className="mt-3 text-xs text-neutral-600">This is a sandbox: no real money moves.</p>
          <div className="mt-6 flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending} onClick={() => dialog.current?.close()}>
              {pending ? "Placing order…" : "Confirm order"}
            </Button>
          </div>
        </div>
      </dialog>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
