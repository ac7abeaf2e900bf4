'use client';

import { useActionState } from 'react';
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
  const field = (name: 'email' | 'language') => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `support-${name}-error` : undefined,
  });
  return (
    <form id="support-link" action={formAction} className="flex max-w-xl flex-col gap-3 rounded-md border border-line bg-white p-4" aria-busy={pending || undefined}>
      {state.status === 'ok' ? (
        <p role="status" className="rounded-md border-l-4 border-accent bg-white px-3 py-2 text-sm">
          {state.message}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md border-l-4 border-danger bg-white px-3 py-2 text-sm text-danger">
          {state.message}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="support-email" className="font-medium">
          {texts.email}
        </label>
        <input
          id="support-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={320}
          defaultValue={state.status === 'ok' ? '' : (state.values?.email ?? '')}
          className="min-h-11 rounded-md border border-muted bg-white px-3 text-base aria-invalid:border-danger"
          {...field('email')}
        />
        {errors.email ? (
          <p id="support-email-error" className="text-sm font-medium text-danger" role="alert">
            {errors.email}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="support-language" className="font-medium">
          {texts.language}
        </label>
        <select
          id="support-language"
          name="language"
          defaultValue={state.values?.language ?? 'nb'}
          className="min-h-11 rounded-md border border-muted bg-white px-3 text-base aria-invalid:border-danger"
          {...field('language')}
        >
          <option value="nb">{texts.nb}</option>
          <option value="en">{texts.en}</option>
        </select>
        {errors.language ? (
          <p id="support-language-error" className="text-sm font-medium text-danger" role="alert">
            {errors.language}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
          {texts.submit}
        </button>
      </div>
    </form>
  );
}
