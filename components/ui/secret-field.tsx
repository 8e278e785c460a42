"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/**
 * A value shown once (an API token, a client secret): read-only, selected on focus, with a copy button. The
 * field's label says it won't be shown again; the copy confirms with a toast.
 */
export function SecretField({
  id,
  label,
  value,
  copyLabel = "Copy",
  copied = "Copied",
  copyable = true,
}: {
  id: string;
  label: string;
  value: string;
  copyLabel?: string;
  copied?: string;
  copyable?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-xs font-semibold">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={value}
        className="mt-1 w-full rounded border bg-white px-2 py-1 font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
      />
      {copyable && (
        <Button
          type="button"
          variant="ghost"
          className="mt-2"
          onClick={() => {
            void navigator.clipboard?.writeText(value);
            toast.success(copied);
          }}
        >
          {copyLabel}
        </Button>
      )}
    </div>
  );
}
