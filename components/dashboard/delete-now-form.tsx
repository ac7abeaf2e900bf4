import type { ReactNode } from 'react';
import { ActionForm } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/forms/field';
import type { ActionState } from '@/lib/actions/action-state';

/**
 * The "delete now" confirmation: what goes is said above it by the caller; the
 * form itself needs a ticked box naming it, then a second, explicit submit.
 * Plain HTML, so it asks first with or without JavaScript.
 */
export function DeleteNowForm({
  action,
  id,
  fields,
  confirmLabel,
  submitLabel,
  children,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  id: string;
  /** Hidden fields the action needs (tenant and the ids). */
  fields: Record<string, string>;
  confirmLabel: string;
  submitLabel: string;
  /** Fields the person chooses before confirming (a reason), shown above the box. */
  children?: ReactNode;
}) {
  return (
    <ActionForm action={action} id={id} className="flex flex-col gap-2 rounded-md border border-danger bg-white p-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="confirm" value="yes" required className="size-5 shrink-0" />
        {confirmLabel}
      </label>
      <div>
        <SubmitButton tone="danger">{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
