import { SKU_CATALOG } from "@/lib/domain/catalog";
import { formatUsd } from "@/lib/domain/money";
import { ALL_SKUS } from "@/lib/domain/types";
import { CALL_TYPES, SANDBOX_RATES } from "@/lib/domain/credits";

/** GET /api/v1/catalog. Prices are illustrative sandbox list prices; the documentation gives none. */
export function catalogView() {
  return {
    pricesAreIllustrative: true,
    /** Per-minute Communications Credits rates the simulated calls use (illustrative; the docs give none). */
    callRatesPerMinuteUsd: Object.fromEntries(CALL_TYPES.map((t) => [t, formatUsd(SANDBOX_RATES[t])])),
    skus: ALL_SKUS.map((sku) => {
      const info = SKU_CATALOG[sku];
      return {
        sku,
        skuId: info.skuId,
        name: info.name,
        kind: info.kind,
        includes: info.includes,
        servicePlans: info.servicePlans,
        monthlyPriceUsd: formatUsd(info.monthlyPriceCents),
      };
    }),
  };
}

let catalogBody: string | undefined;

/** GET /api/v1/catalog's body, serialised once: the catalog is static for the life of the process. */
export function catalogJson(): string {
  catalogBody ??= JSON.stringify(catalogView());
  return catalogBody;
}
