import type { FeatureAvailability } from "@/lib/domain/features";

const LABELS: Record<FeatureAvailability["feature"], string> = {
  meetingBroadcast: "Skype Meeting Broadcast",
  audioConferencing: "Audio Conferencing",
  phoneSystem: "Phone System",
  callingPlans: "Calling Plans",
  communicationsCredits: "Communications Credits",
};

/** What this organization type and cloud can have at all, before any plan or country rule. */
export function FeaturePanel({ features }: { features: FeatureAvailability[] }) {
  return (
    <ul className="divide-y divide-neutral-100 text-sm" aria-label="Feature availability">
      {features.map((f) => (
        <li key={f.feature} className="flex items-start justify-between gap-4 py-2">
          <div>
            <span className="font-medium">{LABELS[f.feature]}</span>
            {f.note && <p className="text-xs text-neutral-600">{f.note}{f.ruleId && ` (${f.ruleId})`}</p>}
          </div>
          <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${f.available ? "bg-green-100 text-green-900" : "bg-neutral-200 text-neutral-800"}`}>
            {f.available ? "Offered" : "Not offered"}
          </span>
        </li>
      ))}
    </ul>
  );
}
