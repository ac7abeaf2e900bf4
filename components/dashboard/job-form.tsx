'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { StoredSelect } from '@/components/forms/select';
import { usePermalink } from '@/components/forms/use-permalink';
import type { ActionState } from '@/lib/actions/action-state';

export interface JobFormValues {
  title: string;
  place: string;
  employmentType: string;
  description: string;
  language: string;
  closesOn: string;
}

export interface JobFormLabels {
  title: string;
  place: string;
  employmentType: string;
  description: string;
  descriptionHint: string;
  language: string;
  closesOn: string;
  closesOnHint: string;
  submit: string;
  pending: string;
  types: Record<string, string>;
  languages: Record<string, string>;
}

const inputClass = 'min-h-11 rounded-md border border-muted bg-white px-3 text-base aria-invalid:border-danger';

/**
 * The job ad form, for a new draft and for edits. Errors from the server's
 * zod check sit under their field (aria-describedby); it posts as a plain form
 * before hydration.
 */
export function JobForm({
  action,
  tenant,
  jobId,
  values,
  labels,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  tenant: string;
  jobId?: string;
  values: JobFormValues;
  labels: JobFormLabels;
}) {
  // A new draft redirects to its own page, and the browser would carry a fragment along: only edits get one.
  const formId = jobId ? 'job-edit' : 'job-new';
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, usePermalink({ form: jobId ? formId : undefined }));
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const message = state.status === 'idle' ? null : state.message;
  const errorProps = (name: string) => (errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': `job-${name}-error` } : {});
  const errorText = (name: string) =>
    errors[name] ? (
      <p id={`job-${name}-error`} className="text-sm font-medium text-danger">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form id={formId} action={formAction} className="flex max-w-2xl flex-col gap-4" aria-busy={pending || undefined} noValidate>
      {message ? (
        <div role={state.status === 'ok' ? 'status' : 'alert'} data-status={state.status} className={`rounded-md border-l-4 px-3 py-2 text-sm ${state.status === 'ok' ? 'border-accent bg-accent-soft text-accent-strong' : 'border-danger bg-white text-danger'}`}>
          {message}
        </div>
      ) : null}
      <input type="hidden" name="tenant" value={tenant} />
      {jobId ? <input type="hidden" name="jobId" value={jobId} /> : null}
      <Field name="title" id="job-title" label={labels.title} defaultValue={values.title} required maxLength={120} error={errors.title} />
      <Field name="place" id="job-place" label={labels.place} defaultValue={values.place} maxLength={120} error={errors.place} />
      <div className="flex flex-col gap-1">
        <label htmlFor="job-employmentType" className="font-medium">
          {labels.employmentType}
        </label>
        <StoredSelect id="job-employmentType" name="employmentType" defaultValue={values.employmentType} className={inputClass} {...errorProps('employmentType')}>
          {Object.entries(labels.types).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </StoredSelect>
        {errorText('employmentType')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="job-description" className="font-medium">
          {labels.description}
        </label>
        <p id="job-description-hint" className="text-sm text-muted">
          {labels.descriptionHint}
        </p>
        <textarea
          id="job-description"
          name="description"
          defaultValue={values.description}
          rows={12}
          maxLength={20_000}
          className={`${inputClass} py-2`}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? 'job-description-hint job-description-error' : 'job-description-hint'}
        />
        {errorText('description')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="job-language" className="font-medium">
          {labels.language}
        </label>
        <StoredSelect id="job-language" name="language" defaultValue={values.language} className={inputClass} {...errorProps('language')}>
          {Object.entries(labels.languages).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </StoredSelect>
        {errorText('language')}
      </div>
      <Field name="closesOn" id="job-closesOn" type="date" label={labels.closesOn} hint={labels.closesOnHint} defaultValue={values.closesOn} error={errors.closesOn} />
      <div>
        <button type="submit" disabled={pending} className="inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong disabled:opacity-70">
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}
