'use client';

import { useActionState, type ReactNode } from 'react';
import { Field, FormMessage, SelectField, SubmitButton } from '@/components/forms/field';
import { usePermalink } from '@/components/forms/use-permalink';
import type { StaffFormState } from '@/lib/admin/staff-action';

type Action = (state: StaffFormState, data: FormData) => Promise<StaffFormState>;

export interface ReasonTexts {
  reason: string;
  reasonHint: string;
}

/**
 * A staff adjustment of one tenant's subscription: its own fields, then the reason the employer will read in the
 * history. Plain HTML first (it posts to this page without JavaScript); errors sit on their fields and what was
 * typed comes back.
 */
function AdjustForm({
  id,
  action,
  tenantId,
  texts,
  submit,
  min,
  max,
  children,
}: {
  id: string;
  action: Action;
  tenantId: string;
  texts: ReasonTexts;
  submit: string;
  min: number;
  max: number;
  children: (state: StaffFormState, errors: Record<string, string>) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, usePermalink({ form: id }));
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const reasonError = errors.reason;
  const reasonId = `${id}-reason`;
  return (
    <form id={id} action={formAction} className="flex flex-col gap-3 rounded-md border border-line bg-white p-4" aria-busy={pending || undefined}>
      {state.status === 'error' ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="tenantId" value={tenantId} />
      {children(state, errors)}
      <div className="flex flex-col gap-1">
        <label htmlFor={reasonId} className="font-medium">
          {texts.reason}
        </label>
        <p id={`${reasonId}-hint`} className="text-sm text-muted">
          {texts.reasonHint}
        </p>
        <textarea
          id={reasonId}
          name="reason"
          required
          minLength={min}
          maxLength={max}
          rows={2}
          defaultValue={state.values?.reason ?? ''}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
          className="rounded-md border border-muted bg-white px-3 py-2 text-base aria-invalid:border-danger"
        />
        {reasonError ? (
          <p id={`${reasonId}-error`} className="text-sm font-medium text-danger" role="alert">
            {reasonError}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton>{submit}</SubmitButton>
      </div>
    </form>
  );
}

/** Extend by a number of days, or to a date (one of the two). */
export function StaffExtendForm({
  action,
  tenantId,
  texts,
  min,
  max,
  maxDays,
}: {
  action: Action;
  tenantId: string;
  texts: ReasonTexts & { days: string; daysHint: string; until: string; untilHint: string; submit: string };
  min: number;
  max: number;
  maxDays: number;
}) {
  return (
    <AdjustForm id="staff-extend" action={action} tenantId={tenantId} texts={texts} submit={texts.submit} min={min} max={max}>
      {(state, errors) => (
        <div className="flex flex-wrap gap-4">
          <div className="min-w-40 flex-1">
            <Field id="staff-extend-days" name="days" label={texts.days} hint={texts.daysHint} error={errors.days} type="number" inputMode="numeric" min={1} max={maxDays} step={1} defaultValue={state.values?.days ?? ''} />
          </div>
          <div className="min-w-40 flex-1">
            <Field id="staff-extend-until" name="until" label={texts.until} hint={texts.untilHint} error={errors.until} type="date" defaultValue={state.values?.until ?? ''} />
          </div>
        </div>
      )}
    </AdjustForm>
  );
}

/** Move to another paid plan. */
export function StaffPlanForm({
  action,
  tenantId,
  texts,
  options,
  min,
  max,
}: {
  action: Action;
  tenantId: string;
  texts: ReasonTexts & { plan: string; planHint: string; submit: string };
  options: ReadonlyArray<readonly [string, string]>;
  min: number;
  max: number;
}) {
  return (
    <AdjustForm id="staff-plan" action={action} tenantId={tenantId} texts={texts} submit={texts.submit} min={min} max={max}>
      {(state, errors) => <SelectField id="staff-plan-plan" name="plan" label={texts.plan} hint={texts.planHint} error={errors.plan} options={options} defaultValue={state.values?.plan} required />}
    </AdjustForm>
  );
}
