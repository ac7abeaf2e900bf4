'use client';

import { ActionForm } from '@/components/dashboard/action-form';
import { Field, SubmitButton } from '@/components/forms/field';
import type { ActionState } from '@/lib/actions/action-state';

export interface RetentionSettingsLabels {
  retentionDays: string;
  retentionDaysHint: string;
  unfilledCapDays: string;
  unfilledCapDaysHint: string;
  save: string;
}

/** The owners' retention periods. Errors from the server (zod, then the database) sit under their field. */
export function RetentionSettingsForm({
  action,
  tenant,
  values,
  labels,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  tenant: string;
  values: { retentionDays: number; unfilledCapDays: number };
  labels: RetentionSettingsLabels;
}) {
  return (
    <ActionForm action={action} id="retention-settings" tenant={tenant} className="flex max-w-xl flex-col gap-4">
      {(state) => {
        const errors = state.status === 'invalid' ? state.fieldErrors : {};
        return (
          <>
            <Field
              name="retentionDays"
              label={labels.retentionDays}
              hint={labels.retentionDaysHint}
              error={errors.retentionDays}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              required
              defaultValue={values.retentionDays}
            />
            <Field
              name="unfilledCapDays"
              label={labels.unfilledCapDays}
              hint={labels.unfilledCapDaysHint}
              error={errors.unfilledCapDays}
              type="number"
              inputMode="numeric"
              min={30}
              max={730}
              required
              defaultValue={values.unfilledCapDays}
            />
            <div>
              <SubmitButton>{labels.save}</SubmitButton>
            </div>
          </>
        );
      }}
    </ActionForm>
  );
}
