import type { FeatureAvailability, FeatureColumn } from "@/lib/domain/features";
import type { Cloud, OrgType } from "@/lib/domain/types";
import { ORG_TYPE_OPTIONS, optionLabel } from "./options";

const LABELS: Record<FeatureAvailability["feature"], string> = {
  meetingBroadcast: "Skype Meeting Broadcast",
  audioConferencing: "Audio Conferencing",
  phoneSystem: "Phone System",
  callingPlans: "Calling Plans",
  communicationsCredits: "Communications Credits",
};

/**
 * What each organization type can have in this tenant's cloud, before any plan or country rule, with the
 * tenant's own column highlighted (the documentation's GOV / EDU / non-profit table, and the 21Vianet note).
 * The table is decided in lib/domain (decideFeatureMatrix); this only renders it.
 */
export function FeaturePanel({ orgType, cloud, columns }: { orgType: OrgType; cloud: Cloud; columns: FeatureColumn[] }) {
  const notes = new Map<string, string>();
  for (const c of columns)
    for (const r of c.rows) if (!r.available && r.note) notes.set(`${r.note}${r.ruleId ? ` (${r.ruleId})` : ""}`, r.feature);
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label="Feature availability by organization type">
          <thead className="border-b border-neutral-200 text-xs text-neutral-500">
            <tr>
              <th scope="col" className="py-2 pr-4 uppercase">
                Feature
              </th>
              {columns.map((c) => (
                <th
                  key={c.orgType}
                  scope="col"
                  aria-current={c.orgType === orgType ? "true" : undefined}
                  className={`px-2 py-2 text-center ${c.orgType === orgType ? "rounded-t bg-brand-50 font-semibold text-brand-900" : ""}`}
                >
                  {optionLabel(ORG_TYPE_OPTIONS, c.orgType)}
                  {c.orgType === orgType && <span className="block text-[10px] uppercase">this tenant</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns[0].rows.map((row, i) => (
              <tr key={row.feature} className="border-b border-neutral-100 last:border-0">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {LABELS[row.feature]}
                </th>
                {columns.map((c) => {
                  const cell = c.rows[i];
                  return (
                    <td key={c.orgType} className={`px-2 py-2 text-center ${c.orgType === orgType ? "bg-brand-50" : ""}`}>
                      {cell.available ? (
                        <span className="text-green-800">Yes</span>
                      ) : (
                        <span className="font-semibold text-neutral-700" title={cell.note ?? undefined}>
                          No
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.size > 0 && (
        <ul className="mt-3 space-y-1 text-xs text-neutral-600">
          {[...notes.keys()].map((n) => (
            <li key={n}>No: {n}</li>
          ))}
        </ul>
      )}
      {cloud === "21vianet" && (
        <p className="mt-2 text-xs text-neutral-600">
          On Office 365 operated by 21Vianet only some Skype for Business features exist; the sandbox allows Phone System, as the China
          country page does.
        </p>
      )}
    </div>
  );
}
