import type { OfferStatus } from "@/lib/domain/offers";

/** Colour AND a symbol AND words, so the status never rests on colour alone. */
export const STATUS_STYLE: Record<OfferStatus, { icon: string; word: string; cell: string }> = {
  available: { icon: "✓", word: "Available", cell: "bg-emerald-100 text-emerald-950 hover:bg-emerald-200 border-emerald-300" },
  included: { icon: "●", word: "Included", cell: "bg-sky-100 text-sky-950 hover:bg-sky-200 border-sky-300" },
  blocked: { icon: "✕", word: "Blocked", cell: "bg-rose-50 text-rose-950 hover:bg-rose-100 border-rose-200" },
};

export function StatusBadge({ status, detail }: { status: OfferStatus; detail?: string | null }) {
  const s = STATUS_STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${s.cell}`}>
      <span aria-hidden="true">{s.icon}</span>
      {s.word}
      {detail && <span className="font-mono font-normal">· {detail}</span>}
    </span>
  );
}

export function StatusLegend() {
  return (
    <ul className="flex flex-wrap gap-3 text-xs" aria-label="Legend">
      <li>
        <StatusBadge status="available" /> can be bought
      </li>
      <li>
        <StatusBadge status="included" /> the plan has it already
      </li>
      <li>
        <StatusBadge status="blocked" detail="rule" /> refused: the first rule that refuses it
      </li>
    </ul>
  );
}
