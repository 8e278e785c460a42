"use client";

import type { ReactNode } from "react";

/**
 * A link to a field on the same page ("#usageLocation") that moves the keyboard focus to it, not just the scroll
 * position, so a remedy like "Set the user's usage location" puts the caret where the fix is typed.
 */
export function FocusLink({ targetId, className, children }: { targetId: string; className?: string; children: ReactNode }) {
  return (
    <a
      href={`#${targetId}`}
      className={className}
      onClick={(e) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        e.preventDefault();
        target.scrollIntoView({ block: "center" });
        target.focus();
      }}
    >
      {children}
    </a>
  );
}
