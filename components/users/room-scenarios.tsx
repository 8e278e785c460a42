import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";

export interface RoomScenarioView {
  scenario: string;
  label: string;
  allowed: boolean;
  missing: string[][];
  explanation: string;
  creditsNote?: string;
  ruleId: string;
}

function names(skus: string[]): string {
  return skus.map((s) => (isSkuPartNumber(s) ? SKU_CATALOG[s].name : s)).join(" + ");
}

/** Skype Room Systems v2: what the room can do with the licenses it holds, and what each missing scenario needs. */
export function RoomScenarios({ scenarios }: { scenarios: RoomScenarioView[] }) {
  return (
    <ul className="space-y-3" aria-label="Room scenarios">
      {scenarios.map((s) => (
        <li key={s.scenario} className="rounded border border-neutral-200 p-3">
          <div className="flex items-start justify-between gap-4">
            <p className="font-medium">{s.label}</p>
            <span
              className={`shrink-0 rounded px-2 py-0.5 text-xs font-semibold ${s.allowed ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
            >
              {s.allowed ? "Allowed" : "Missing licenses"}
            </span>
          </div>
          <p className="mt-1 text-sm text-neutral-700">{s.explanation}</p>
          {!s.allowed && s.missing.length > 0 && (
            <p className="mt-1 text-sm">
              Add:{" "}
              {s.missing.map((m, i) => (
                <span key={i}>
                  {i > 0 && <span className="text-neutral-500"> or </span>}
                  <strong>{names(m)}</strong>
                </span>
              ))}
            </p>
          )}
          {s.creditsNote && <p className="mt-1 text-xs text-neutral-600">{s.creditsNote}</p>}
          <p className="mt-1 text-xs text-neutral-500">Rule {s.ruleId}</p>
        </li>
      ))}
    </ul>
  );
}
