import { isPlanSku } from "@/lib/domain/catalog";
import type { Offer } from "@/lib/domain/offers";
import { skuName } from "./labels";
import { StatusBadge } from "./status-badge";

/** What a reader sees change: the status and, unless the plan includes the sku, every refusing rule. */
const signature = (o: Offer) => [o.status, ...(o.status === "included" ? [] : o.reasons.map((r) => `${r.code}/${r.ruleId}`))].join("|");

/** Add-ons first (what this page is mostly asked about), then plans. */
const addOnsFirst = (offers: Offer[]) => [...offers.filter((o) => !isPlanSku(o.sku)), ...offers.filter((o) => isPlanSku(o.sku))];

function OfferCell({ offer }: { offer: Offer }) {
  const first = offer.reasons[0];
  return (
    <div className="space-y-1">
      <StatusBadge status={offer.status} detail={offer.status === "blocked" ? first?.ruleId : null} />
      {first && offer.status === "blocked" && (
        <p className="text-xs text-neutral-700">
          <span className="font-mono">{first.code}</span>: {first.message}
        </p>
      )}
      {offer.status === "blocked" && offer.reasons.length > 1 && (
        <p className="text-xs text-neutral-600">
          Also refused by:{" "}
          {offer.reasons
            .slice(1)
            .map((r) => `${r.code} (${r.ruleId})`)
            .join(", ")}
        </p>
      )}
    </div>
  );
}

/** Two situations' offers side by side; an offer whose status or reasons differ is highlighted and marked. */
export function OfferDiff(props: { a: Offer[]; b: Offer[] }) {
  const a = addOnsFirst(props.a);
  const b = addOnsFirst(props.b);
  const changed = a.filter((o, i) => signature(o) !== signature(b[i])).length;
  return (
    <div className="space-y-3">
      <p role="status" className="text-sm">
        {changed === 0 ? (
          "Both situations get the same offers."
        ) : (
          <>
            <strong>{changed}</strong> {changed === 1 ? "offer changes" : "offers change"} between A and B (highlighted).
          </>
        )}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Offers in situation A and situation B</caption>
          <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                SKU
              </th>
              <th scope="col" className="px-3 py-2">
                Situation A
              </th>
              <th scope="col" className="px-3 py-2">
                Situation B
              </th>
              <th scope="col" className="px-3 py-2">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {a.map((offerA, i) => {
              const offerB = b[i];
              const differs = signature(offerA) !== signature(offerB);
              return (
                <tr
                  key={offerA.sku}
                  className={`border-b border-neutral-100 align-top ${differs ? "bg-amber-50 outline outline-1 -outline-offset-1 outline-amber-300" : ""}`}
                >
                  <th scope="row" className="px-3 py-2 font-medium">
                    {skuName(offerA.sku)}
                    <span className="block font-mono text-xs font-normal text-neutral-500">{offerA.sku}</span>
                  </th>
                  <td className="px-3 py-2">
                    <OfferCell offer={offerA} />
                  </td>
                  <td className="px-3 py-2">
                    <OfferCell offer={offerB} />
                  </td>
                  <td className="px-3 py-2 text-xs font-semibold">
                    {differs ? (
                      <span className="text-amber-900">⇄ Changed</span>
                    ) : (
                      <span className="font-normal text-neutral-500">Same</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
