import { SKU_CATALOG } from "@/lib/domain/catalog";
import { formatUsd } from "@/lib/domain/money";
import { ALL_SKUS } from "@/lib/domain/types";

/** GET /api/v1/catalog. Prices are illustrative sandbox list prices; the documentation gives none. */
export function catalogView() {
  return {
    pricesAreIllustrative: true,
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
