'use client';

import { ActionForm } from '@/components/dashboard/action-form';
import { Field, SubmitButton } from '@/components/forms/field';
import type { ActionState } from '@/lib/actions/action-state';

export interface LegalHoldLabels {
  reason: string;
  until: string;
  submit: string;
}

/** An owner's legal hold on a job or an application: a reason and an end date (the database checks both again). */
export function LegalHoldForm({
  action,
  tenant,
  target,
  labels,
  minDate,
  maxDate,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  tenant: string;
  target: { jobId: string } | { applicationId: string };
  labels: LegalHoldLabels;
  minDate: string;
  maxDate: string;
}) {
  return (
    <ActionForm action={action} id="legal-hold" tenant={tenant} className="flex max-w-xl flex-col gap-3 rounded-md border border-line bg-white p-4">
      {(state) => {
        const errors = state.status === 'invalid' ? state.fieldErrors : {};
        return (
          <>
            {'jobId' in target ? <input type="hidden" name="jobId" value={target.jobId} /> : <input type="hidden" name="applicationId" value={target.applicationId} />}
            <Field name="reason" label={labels.reason} error={errors.reason} maxLength={500} required id="hold-reason" />
            <Field name="until" label={labels.until} error={errors.until} type="date" min={minDate} max={maxDate} required id="hold-until" />
            <div>
              <SubmitButton>{labels.submit}</SubmitButton>
            </div>
          </>
        );
      }}
    </ActionForm>
  );
}
