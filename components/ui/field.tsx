import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const control =
  "mt-1 block w-full rounded border border-neutral-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
}

function FieldShell({ label, name, errors, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-neutral-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-neutral-600">
          {hint}
        </p>
      )}
      <p id={`${name}-error`} aria-live="polite" className="mt-1 text-xs text-red-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export function TextField({ label, name, errors, hint, ...props }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint}>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${name}-error${hint ? ` ${name}-hint` : ""}`}
        className={control}
        {...props}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  ...props
}: FieldProps & {
  options: { value: string; label: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  // React applies a select's defaultValue only when it mounts, and React 19 resets a form after its action
  // (form.reset() goes back to the options marked selected at mount). Keyed by defaultValue, the select
  // remounts when the saved value changes, so a reset shows what was saved instead of the first option.
  const resetKey = props.value === undefined ? `default:${String(props.defaultValue ?? "")}` : "controlled";
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint}>
      <select
        key={resetKey}
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${name}-error${hint ? ` ${name}-hint` : ""}`}
        className={control}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
