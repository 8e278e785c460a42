"use client";

/** An on/off switch that is a real checkbox (so it posts with the form), announced as a switch. */
export function SwitchField({
  name,
  label,
  checked,
  onChange,
  hint,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="flex cursor-pointer items-center gap-3 text-sm font-medium text-neutral-800">
        <input
          id={name}
          name={name}
          type="checkbox"
          role="switch"
          aria-checked={checked}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          className="peer sr-only"
        />
        <span
          aria-hidden
          className={`relative inline-block h-5 w-9 rounded-full transition-colors peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 ${checked ? "bg-brand-600" : "bg-neutral-400"}`}
        >
          <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-all ${checked ? "left-4" : "left-0.5"}`} />
        </span>
        {label}
        <span className="text-xs font-normal text-neutral-600">{checked ? "On" : "Off"}</span>
      </label>
      {hint && <p className="mt-1 text-xs text-neutral-600">{hint}</p>}
    </div>
  );
}
