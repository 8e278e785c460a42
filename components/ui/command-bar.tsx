import Link from "next/link";
import type { ReactNode } from "react";

/** Small line icons for command bar items (decorative: the item's text names the command). */
const ICONS: Record<string, ReactNode> = {
  add: <path d="M12 5v14M5 12h14" />,
  import: <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M5 19.5h14" />,
  buy: (
    <>
      <path d="M3 4h2.5l2.2 10.5h10.6L20.5 7H6.4" />
      <circle cx="9" cy="19" r="1.5" />
      <circle cx="17" cy="19" r="1.5" />
    </>
  ),
  switch: <path d="M4 8h13l-3.5-3.5M20 16H7l3.5 3.5" />,
  licenses: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="1.5" />
      <path d="M7 10h10M7 14h6" />
    </>
  ),
  edit: <path d="M4 20h4L19 9l-4-4L4 16Z M13.5 6.5l4 4" />,
};

export type CommandIcon = keyof typeof ICONS;

export interface Command {
  label: string;
  href: string;
  icon: CommandIcon;
}

/**
 * The admin center's command bar over a list: its commands as a row of icon-and-word links. A labelled group
 * of ordinary links (each a tab stop), so keyboard and screen-reader use need nothing new.
 */
export function CommandBar({ label, commands }: { label: string; commands: Command[] }) {
  if (commands.length === 0) return null;
  return (
    <div
      role="group"
      aria-label={label}
      className="mb-3 flex flex-wrap items-center gap-1 border-b border-neutral-200 pb-2"
      data-testid="command-bar"
    >
      {commands.map((c) => (
        <Link
          key={c.href}
          href={c.href}
          className="inline-flex items-center gap-2 rounded px-3 py-1.5 text-sm text-neutral-900 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-brand-700"
        >
          <svg
            viewBox="0 0 24 24"
            width="16"
            height="16"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
            aria-hidden="true"
            focusable="false"
            className="text-brand-700"
          >
            {ICONS[c.icon]}
          </svg>
          {c.label}
        </Link>
      ))}
    </div>
  );
}
