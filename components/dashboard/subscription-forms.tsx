'use client';

import { ActionForm } from '@/components/dashboard/action-form';
import { Field, SelectField, SubmitButton } from '@/components/forms/field';
import type { ActionState } from '@/lib/actions/action-state';

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

/**
 * One change to the subscription: what it does is said above it, then a box to tick and an explicit submit, so it
 * asks first with or without JavaScript. `plans` adds the choice of plan (change plan).
 */
export function ConfirmedSubscriptionForm({
  action,
  id,
  tenant,
  lead,
  confirmLabel,
  submitLabel,
  plans,
  tone = 'primary',
}: {
  action: Action;
  id: string;
  tenant: string;
  lead: string;
  confirmLabel: string;
  submitLabel: string;
  plans?: { label: string; options: ReadonlyArray<readonly [string, string]> };
  tone?: 'primary' | 'danger';
}) {
  return (
    <ActionForm action={action} id={id} tenant={tenant} className="flex flex-col gap-3">
      {(state) => {
        const errors = state.status === 'invalid' ? state.fieldErrors : {};
        return (
          <>
            <p>{lead}</p>
            {plans ? <SelectField name="plan" label={plans.label} options={plans.options} error={errors.plan} required /> : null}
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="confirm" value="yes" required className="size-5 shrink-0" aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined} />
              {confirmLabel}
            </label>
            {errors.confirm ? (
              <p id={`${id}-confirm-error`} className="text-sm font-medium text-danger">
                {errors.confirm}
              </p>
            ) : null}
            <div>
              <SubmitButton tone={tone}>{submitLabel}</SubmitButton>
            </div>
          </>
        );
      }}
    </ActionForm>
  );
}

export interface BillingLabels {
  billingName: string;
  billingEmail: string;
  invoiceReference: string;
  invoiceReferenceHint: string;
  save: string;
}

/** Who to invoice; the server's sensitive-number guard answers under the field it found a number in. */
export function BillingContactForm({ action, tenant, values, labels }: { action: Action; tenant: string; values: { billingName: string; billingEmail: string; invoiceReference: string }; labels: BillingLabels }) {
  return (
    <ActionForm action={action} id="billing-contact" tenant={tenant} className="flex max-w-xl flex-col gap-4">
      {(state) => {
        const errors = state.status === 'invalid' ? state.fieldErrors : {};
        return (
          <>
            <Field name="billingName" label={labels.billingName} error={errors.billingName} autoComplete="name" maxLength={200} defaultValue={values.billingName} />
            <Field name="billingEmail" label={labels.billingEmail} error={errors.billingEmail} type="email" autoComplete="email" maxLength={320} defaultValue={values.billingEmail} />
            <Field
              name="invoiceReference"
              label={labels.invoiceReference}
              hint={labels.invoiceReferenceHint}
              error={errors.invoiceReference}
              autoComplete="off"
              maxLength={100}
              defaultValue={values.invoiceReference}
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
