import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

/** The ids a control needs to be tied to its hint and error (aria-describedby). */
function fieldIds(name: string, id: string | undefined, hint: ReactNode, error: string | undefined) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(' ') || undefined;
  return { fieldId, describedBy };
}

const controlClass = 'min-h-11 rounded-md border border-muted bg-white px-3 text-base aria-invalid:border-danger';

/** Label, hint, the control, and its error below it: the frame every field of a form shares. */
function FieldFrame({ fieldId, label, hint, error, children }: { fieldId: string; label: string; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose error is tied to it with aria-describedby. */
export function Field({
  name,
  label,
  error,
  hint,
  id,
  ...input
}: { name: string; label: string; error?: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const { fieldId, describedBy } = fieldIds(name, id, hint, error);
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error}>
      <input id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={controlClass} {...input} />
    </FieldFrame>
  );
}

/** A labelled select, framed like Field; options as [value, text] pairs. */
export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  ...select
}: { name: string; label: string; error?: string; hint?: ReactNode; options: ReadonlyArray<readonly [string, string]> } & SelectHTMLAttributes<HTMLSelectElement>) {
  const { fieldId, describedBy } = fieldIds(name, id, hint, error);
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error}>
      <select id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={controlClass} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton({ children, tone = 'primary', ...rest }: { children: ReactNode; tone?: 'primary' | 'quiet' | 'danger' } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const tones = {
    primary: 'bg-accent text-white hover:bg-accent-strong',
    quiet: 'border border-line bg-white text-ink hover:border-accent',
    danger: 'border border-danger bg-white text-danger hover:bg-danger hover:text-white',
  };
  return (
    <button type="submit" className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold ${tones[tone]}`} {...rest}>
      {children}
    </button>
  );
}

export function FormMessage({ tone, children, id }: { tone: 'error' | 'ok' | 'info'; children: ReactNode; id?: string }) {
  const tones = { error: 'border-danger text-danger bg-white', ok: 'border-accent text-accent-strong bg-accent-soft', info: 'border-line text-ink bg-accent-soft' };
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border-l-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
