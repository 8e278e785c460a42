import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * The console's plain data table. Named for screen readers by `label` (aria-label) or a hidden `caption`;
 * `note` is a caption shown above the rows. `scroll` caps the height: the box scrolls (keyboard-focusable),
 * with the header kept in view.
 */
export function Table({
  caption,
  label,
  note,
  head,
  scroll = false,
  children,
}: {
  caption?: string;
  label?: string;
  note?: ReactNode;
  head: ReactNode;
  scroll?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={scroll ? "max-h-96 overflow-auto" : "overflow-x-auto"}
      {...(scroll ? { tabIndex: 0, role: "region", "aria-label": `${label ?? caption ?? "Table"} (scrolls)` } : {})}
    >
      <table className="w-full text-left text-sm" aria-label={label}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {note && !caption && <caption className="mb-2 text-left text-xs text-neutral-600">{note}</caption>}
        <thead className={`border-b border-neutral-200 text-xs uppercase text-neutral-500 ${scroll ? "sticky top-0 bg-white" : ""}`}>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`py-2 pr-4 last:pr-0 ${className}`} {...props} />;
}

export function Tr({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <tr className={`border-b border-neutral-100 last:border-0 ${className}`}>{children}</tr>;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`py-2 pr-4 last:pr-0 ${className}`} {...props} />;
}
