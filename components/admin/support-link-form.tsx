'use client';

import { useActionState } from 'react';
import { Field, FormMessage, SelectField, SubmitButton } from '@/components/forms/field';
import { usePermalink } from '@/components/forms/use-permalink';
import type { StaffFormState } from '@/lib/admin/staff-action';

type Action = (state: StaffFormState, data: FormData) => Promise<StaffFormState>;

/**
 * Support sends a candidate her own access link. Works without JavaScript (posting to this page); the answer
 * is the same whatever the address, and a field's error stays on that field with what was typed kept.
 */
export function SupportLinkForm({
  action,
  texts,
}: {
  action: Action;
  texts: { email: string; language: string; nb: string; en: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, usePermalink({ form: 'support-link' }));
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form id="support-link" action={formAction} className="flex max-w-xl flex-col gap-3 rounded-md border border-line bg-white p-4" aria-busy={pending || undefined}>
      {state.status === 'ok' ? <FormMessage tone="ok">{state.message}</FormMessage> : null}
      {state.status === 'error' ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Field
        id="support-email"
        name="email"
        type="email"
        label={texts.email}
        error={errors.email}
        autoComplete="off"
        required
        maxLength={320}
        defaultValue={state.status === 'ok' ? '' : (state.values?.email ?? '')}
      />
      <SelectField
        id="support-language"
        name="language"
        label={texts.language}
        error={errors.language}
        defaultValue={state.values?.language ?? 'nb'}
        options={[
          ['nb', texts.nb],
          ['en', texts.en],
        ]}
      />
      <div>
        <SubmitButton>{texts.submit}</SubmitButton>
      </div>
    </form>
  );
}
