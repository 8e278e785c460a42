import { Table, Td, Th, Tr } from "@/components/ui/table";
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
    <Table
      label="Licenses"
      head={
        <>
          <Th>Product</Th>
          <Th className="text-right">Purchased</Th>
          <Th className="text-right">Assigned</Th>
          <Th className="text-right">Available</Th>
          <Th>Assigned to</Th>
        </>
      }
    >
      {rows.map((r) => (
        <Tr key={r.sku} className="align-top">
          <th scope="row" className="py-2 pr-4 font-medium">
            {r.name}
            <span className="block font-mono text-xs font-normal text-neutral-500">{r.sku}</span>
          </th>
          <Td className="text-right tabular-nums">{r.unlimited ? "Unlimited" : r.purchased}</Td>
          <Td className="text-right tabular-nums">{r.assigned}</Td>
          <Td className={`text-right tabular-nums ${!r.unlimited && (r.available ?? 0) <= 0 ? "font-semibold text-amber-800" : ""}`}>
            {r.unlimited ? "Unlimited" : r.available}
          </Td>
          <Td className="text-neutral-700">
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
          </Td>
        </Tr>
      ))}
    </Table>
  );
}
