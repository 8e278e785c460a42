"use client";

import { useActionState, useState } from "react";
import { purchaseAction } from "@/lib/actions/billing";
import { formatUsdDisplay } from "@/lib/domain/money";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";

/** Quantity -> review -> place order. Totals are integer cents; the key makes a retry buy once. */
export function CheckoutForm(props: {
  tenantId: string;
  sku: string;
  name: string;
  unitPriceCents: number;
  unlocks: string[];
  recommendations: string[];
}) {
  const [state, action, pending] = useActionState(purchaseAction.bind(null, props.tenantId, props.sku), initialFormState);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [quantity, setQuantity] = useState(state.values?.quantity ?? "1");
  const [reviewing, setReviewing] = useState(false);
  const seats = /^\d+$/.test(quantity) ? Number(quantity) : NaN;
  const valid = Number.isSafeInteger(seats) && seats >= 1 && seats <= 100_000;
  const monthlyCents = valid ? seats * props.unitPriceCents : 0;

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="quantity" value={quantity} />
      {!reviewing ? (
        <>
          <TextField
            label="How many licenses?"
            name="quantity-input"
            type="number"
            min={1}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            errors={state.fieldErrors?.quantity ?? (quantity && !valid ? ["Enter a whole number of at least 1."] : undefined)}
            hint="One license for each person who will use it."
          />
          <Totals unit={props.unitPriceCents} monthly={monthlyCents} />
          {props.unlocks.length > 0 && (
            <p className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
              After this purchase you can also buy: <strong>{props.unlocks.join(", ")}</strong>.
            </p>
          )}
          {props.recommendations.map((r) => (
            <p key={r} className="rounded bg-brand-50 px-3 py-2 text-sm text-brand-900">
              Tip: {r}
            </p>
          ))}
          <Button type="button" disabled={!valid} onClick={() => setReviewing(true)}>
            Review order
          </Button>
        </>
      ) : (
        <>
          <h2 className="text-base font-semibold">Review your order</h2>
          <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
            <dt className="text-neutral-600">Product</dt>
            <dd>{props.name}</dd>
            <dt className="text-neutral-600">Licenses</dt>
            <dd>{seats}</dd>
          </dl>
          <Totals unit={props.unitPriceCents} monthly={monthlyCents} />
          {state.fieldErrors?.quantity && (
            <p role="alert" className="text-sm text-red-700">
              Licenses: {state.fieldErrors.quantity.join(" ")} Go back to change the number.
            </p>
          )}
          <p className="text-xs text-neutral-600">This is a sandbox: no money changes hands and the tenant can be reset.</p>
          <FormAlert state={state} tenantId={props.tenantId} />
          <div className="flex gap-2">
            <Button type="button" variant="secondary" onClick={() => setReviewing(false)} disabled={pending}>
              Back
            </Button>
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? "Placing order…" : "Place order"}
            </Button>
          </div>
        </>
      )}
      {!reviewing && <FormAlert state={state} tenantId={props.tenantId} />}
    </form>
  );
}

function Totals({ unit, monthly }: { unit: number; monthly: number }) {
  return (
    <dl className="grid grid-cols-[10rem_1fr] gap-y-1 rounded border border-neutral-200 bg-neutral-50 p-3 text-sm">
      <dt className="text-neutral-600">Price per license</dt>
      <dd>{formatUsdDisplay(unit)} per month</dd>
      <dt className="text-neutral-600">Monthly total</dt>
      <dd className="font-semibold" data-testid="monthly-total">
        {formatUsdDisplay(monthly)}
      </dd>
      <dt className="text-neutral-600">Annual total</dt>
      <dd className="font-semibold" data-testid="annual-total">
        {formatUsdDisplay(monthly * 12)}
      </dd>
      <dd className="col-span-2 text-xs text-neutral-500">Illustrative sandbox prices; the documentation gives none.</dd>
    </dl>
  );
}
