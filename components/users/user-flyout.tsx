"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * The admin center's flyout panel: the user opens beside the list they came from, in a modal <dialog> (focus
 * stays inside, Escape or Close returns to the list, focus goes back to the page). The content is the user
 * page's own forms; the full page stays one link away.
 */
export function UserFlyout({
  title,
  subtitle,
  closeHref,
  fullPageHref,
  children,
}: {
  title: string;
  subtitle: string;
  closeHref: string;
  fullPageHref: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => router.replace(closeHref, { scroll: false })}
      className="m-0 ml-auto h-dvh max-h-dvh w-full max-w-2xl overflow-y-auto rounded-none border-l border-neutral-200 bg-neutral-50 p-0 shadow-2xl backdrop:bg-black/30"
      data-testid="user-flyout"
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-4 border-b border-neutral-200 bg-white px-6 py-4">
        <div>
          <h2 id={titleId} className="text-xl font-semibold">
            {title}
          </h2>
          <p className="text-sm text-neutral-600">
            {subtitle} ·{" "}
            <Link href={fullPageHref} className="text-brand-700 underline">
              Open the full page
            </Link>
          </p>
        </div>
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="rounded px-2 py-1 text-2xl leading-none text-neutral-600 hover:bg-neutral-100"
          aria-label="Close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="space-y-6 p-6">{children}</div>
    </dialog>
  );
}
