import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/** The console's plain data table: a caption for screen readers, header cells with scope. */
export function Table({ caption, head, children }: { caption?: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
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

export function Tr({ children }: { children: ReactNode }) {
  return <tr className="border-b border-neutral-100 last:border-0">{children}</tr>;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`py-2 pr-4 last:pr-0 ${className}`} {...props} />;
}
