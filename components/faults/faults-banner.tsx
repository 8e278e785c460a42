import Link from "next/link";
import type { FaultsView } from "@/lib/validation/faults";

/** On every console page of a tenant while any sandbox fault is active (issue 13). */
export function FaultsBanner({ tenantId, faults }: { tenantId: string; faults: FaultsView }) {
  if (!faults.active) return null;
  return (
    <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      <span className="font-semibold">Sandbox faults are on for this tenant: </span>
      {faults.summary.join("; ")}.{" "}
      <Link href={`/tenants/${tenantId}/settings#sandbox-faults`} className="font-medium underline">
        Sandbox faults settings
      </Link>
    </div>
  );
}
