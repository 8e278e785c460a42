import Link from "next/link";

export interface SeatRowView {
  sku: string;
  name: string;
  purchased: number | null;
  assigned: number;
  available: number | null;
  unlimited: boolean;
  holders: { id: string; displayName: string }[];
}

/** Seats per license: bought, assigned, free, and who holds them. */
export function SeatTable({ tenantId, rows }: { tenantId: string; rows: SeatRowView[] }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-600">This tenant owns no licenses yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Licenses">
        <thead className="border-b text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="py-2 pr-4">Product</th>
            <th scope="col" className="py-2 pr-4 text-right">Purchased</th>
            <th scope="col" className="py-2 pr-4 text-right">Assigned</th>
            <th scope="col" className="py-2 pr-4 text-right">Available</th>
            <th scope="col" className="py-2">Assigned to</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sku} className="border-b border-neutral-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-4 font-medium">
                {r.name}
                <span className="block font-mono text-xs font-normal text-neutral-500">{r.sku}</span>
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{r.unlimited ? "Unlimited" : r.purchased}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{r.assigned}</td>
              <td className={`py-2 pr-4 text-right tabular-nums ${!r.unlimited && (r.available ?? 0) <= 0 ? "font-semibold text-amber-800" : ""}`}>
                {r.unlimited ? "Unlimited" : r.available}
              </td>
              <td className="py-2 text-neutral-700">
                {r.holders.length === 0 ? (
                  <span className="text-neutral-500">Nobody yet</span>
                ) : (
                  <>
                    {r.holders.map((h, i) => (
                      <span key={h.id}>
                        {i > 0 && ", "}
                        <Link href={`/tenants/${tenantId}/users/${h.id}`} className="hover:underline">
                          {h.displayName}
                        </Link>
                      </span>
                    ))}
                    {r.assigned > r.holders.length && (
                      <>
                        {" "}
                        <Link href={`/tenants/${tenantId}/users?license=${r.sku}`} className="text-brand-700 underline">
                          and {r.assigned - r.holders.length} more
                        </Link>
                      </>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
