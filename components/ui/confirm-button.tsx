"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A button that opens a native <dialog> asking for confirmation before submitting its form.
 * The dialog traps focus and closes on Escape, which keeps it keyboard and screen-reader friendly.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  variant = "danger",
  formAction,
  pending,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  variant?: "danger" | "primary";
  formAction?: (formData: FormData) => void;
  pending?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <Button
        type="button"
        variant={variant === "danger" ? "danger" : "primary"}
        onClick={() => {
          ref.current?.showModal();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto w-full max-w-md rounded-md p-0 shadow-xl backdrop:bg-black/40"
      >
        {open && (
          <div className="p-6">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <div className="mt-2 text-sm text-neutral-700">{children}</div>
            <div className="mt-6 flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => ref.current?.close()}>
                Cancel
              </Button>
              <Button
                type="submit"
                variant={variant}
                formAction={formAction}
                disabled={pending}
                onClick={() => {
                  if (!formAction) ref.current?.close();
                }}
              >
                {pending ? "Working…" : confirmLabel}
              </Button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
