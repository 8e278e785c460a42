import { COUNTRIES } from "@/lib/domain/countries";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import { PLAN_SKUS } from "@/lib/domain/types";

export const COUNTRY_OPTIONS = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.code, label: c.name }));

export const PLAN_OPTIONS = [
  { value: "", label: "No plan yet" },
  ...PLAN_SKUS.map((sku) => ({ value: sku, label: SKU_CATALOG[sku].name })),
];

export const ORG_TYPE_OPTIONS = [
  { value: "commercial", label: "Commercial" },
  { value: "gcc", label: "Government (GCC)" },
  { value: "government", label: "Government (non-GCC)" },
  { value: "education", label: "Education" },
  { value: "nonprofit", label: "Non-profit" },
];

export const CLOUD_OPTIONS = [
  { value: "worldwide", label: "Worldwide" },
  { value: "21vianet", label: "Operated by 21Vianet (China)" },
];

export const CHANNEL_OPTIONS = [
  { value: "direct", label: "Bought from Microsoft" },
  { value: "godaddy", label: "Bought through GoDaddy" },
  { value: "partner", label: "Partner (Microsoft Action Pack)" },
];

export const COMMITMENT_OPTIONS = [
  { value: "annual", label: "Annual commitment" },
  { value: "monthly", label: "Monthly commitment" },
];

export function optionLabel(options: { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}
