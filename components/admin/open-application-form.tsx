'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/forms/field';
import { usePermalink } from '@/components/forms/use-permalink';
import type { StaffFormState } from '@/lib/admin/staff-action';

type Action = (state: StaffFormState, data: FormData) => Promise<StaffFormState>;

/**
 * The written reason that opens an application to staff. Plain HTML first: it
 * works without JavaScript (posting to this page), and the error stays on the
 * field it belongs to (aria-describedby), with what was typed kept.
 */
export function OpenApplicationForm({
  action,
  tenantId,
  applicationId,
  texts,
  min,
  max,
}: {
  action: Action;
  tenantId: string;
  applicationId: string;
  texts: { label: string; hint: string; submit: string };
  min: number;
  max: number;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, usePermalink({ form: 'open-application' }));
  const reasonError = state.status === 'invalid' ? state.fieldErrors.reason : undefined;
  const formError = state.status === 'error' ? state.message : state.status === 'invalid' && !reasonError ? state.message : undefined;
  return (
    <form id="open-application" action={formAction} className="flex flex-col gap-3 rounded-md border border-line bg-white p-4" aria-busy={pending || undefined}>
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="reason" className="font-medium">
          {texts.label}
        </label>
        <p id="reason-hint" className="text-sm text-muted">
          {texts.hint}
        </p>
        <textarea
          id="reason"
          name="reason"
          required
          minLength={min}
          maxLength={max}
          rows={3}
          defaultValue={state.values?.reason ?? ''}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? 'reason-hint reason-error' : 'reason-hint'}
          className="rounded-md border border-muted bg-white px-3 py-2 text-base aria-invalid:border-danger"
        />
        {reasonError ? (
          <p id="reason-error" className="text-sm font-medium text-danger" role="alert">
            {reasonError}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton>{texts.submit}</SubmitButton>
      </div>
    </form>
  );
}
