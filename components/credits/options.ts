import type { CallType } from "@/lib/domain/credits";

export const CALL_TYPE_OPTIONS: { value: CallType; label: string }[] = [
  { value: "tollFreeDialIn", label: "Toll-free dial-in to a meeting" },
  { value: "conferenceDialOut", label: "Dial-out from a meeting" },
  { value: "domesticCall", label: "Domestic call" },
  { value: "internationalCall", label: "International call" },
  { value: "emergencyCall", label: "Emergency call" },
];

export const PAYMENT_METHOD_OPTIONS = [
  { value: "succeed", label: "Card that goes through" },
  { value: "decline", label: "Card that is declined" },
  { value: "expired", label: "Expired card" },
];

export const LEDGER_TYPE_LABELS: Record<string, string> = {
  funding: "Funding",
  autoRecharge: "Auto-recharge",
  usage: "Usage",
  expiry: "Expiry",
};

export function sandboxDate(iso: string, withTime = false): string {
  return new Date(iso).toLocaleString(
    "en-US",
    withTime ? { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" } : { dateStyle: "medium", timeZone: "UTC" },
  );
}
