import { Table, Td, Th, Tr } from "@/components/ui/table";
import Link from "next/link";
import type { LedgerEntryView } from "@/lib/validation/credits";
import { LEDGER_TYPE_LABELS, sandboxDate } from "./options";
import { formatUsdAmount } from "@/lib/domain/money";

const FILTERS = ["all", "funding", "autoRecharge", "usage", "expiry"] as const;

/** The append-only ledger, newest first, with a type filter and a CSV download of the same view. */
export function LedgerTable({
  tenantId,
  entries,
  type,
  total,
}: {
  tenantId: string;
  entries: LedgerEntryView[];
  type?: string;
  total: number;
}) {
  const base = `/tenants/${tenantId}/billing/credits`;
  const csv = `/api/v1/tenants/${tenantId}/credits/ledger.csv${type ? `?type=${type}` : ""}`;
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Filter ledger" className="flex flex-wrap gap-1 text-sm">
          {FILTERS.map((f) => {
            const active = (f === "all" && !type) || f === type;
            return (
              <Link
                key={f}
                href={f === "all" ? `${base}#ledger` : `${base}?type=${f}#ledger`}
                aria-current={active ? "true" : undefined}
                className={`rounded-full border px-3 py-1 ${active ? "border-brand-600 bg-brand-50 font-semibold text-brand-800" : "border-neutral-300 hover:bg-neutral-100"}`}
                scroll={false}
              >
                {f === "all" ? "All" : LEDGER_TYPE_LABELS[f]}
              </Link>
            );
          })}
        </nav>
        <a href={csv} download className="text-sm font-semibold text-brand-700 underline">
          Export CSV
        </a>
      </div>
      {entries.length === 0 ? (
        <p className="text-sm text-neutral-600">No entries{type ? " of this type" : ""} yet.</p>
      ) : (
        <Table
          label="Ledger"
          scroll
          head={
            <>
              <Th>#</Th>
              <Th>Sandbox time</Th>
              <Th>Type</Th>
              <Th>Description</Th>
              <Th className="text-right">Amount</Th>
              <Th className="text-right">Balance after</Th>
            </>
          }
        >
          {entries.map((e) => (
            <Tr key={e.id}>
              <Td className="text-neutral-500 tabular-nums">{e.seq}</Td>
              <Td className="whitespace-nowrap">{sandboxDate(e.at, true)}</Td>
              <Td>
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${TYPE_STYLE[e.type] ?? ""}`}>
                  {LEDGER_TYPE_LABELS[e.type] ?? e.type}
                </span>
              </Td>
              <Td>{e.description}</Td>
              <Td className={`text-right tabular-nums ${e.amount.startsWith("-") ? "text-red-800" : "text-green-800"}`}>
                {formatUsdAmount(e.amount)}
              </Td>
              <Td className="text-right tabular-nums">{formatUsdAmount(e.balanceAfter)}</Td>
            </Tr>
          ))}
        </Table>
      )}
      {total > entries.length && (
        <p className="mt-2 text-xs text-neutral-600">
          Showing the newest {entries.length} of {total}. The CSV has them all.
        </p>
      )}
    </div>
  );
}

const TYPE_STYLE: Record<string, string> = {
  funding: "bg-green-100 text-green-900",
  autoRecharge: "bg-emerald-100 text-emerald-900",
  usage: "bg-neutral-100 text-neutral-800",
  expiry: "bg-amber-100 text-amber-900",
};
