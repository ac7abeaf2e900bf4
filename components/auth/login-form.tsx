'use client';

import { useActionState } from 'react';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import type { LoginState } from '@/lib/auth/form-state';
import { usePermalink } from '@/components/forms/use-permalink';

export interface LoginTexts {
  email: string;
  password: string;
  code: string;
  codeHint: string;
  submit: string;
  submitCode: string;
  errors: { missing: string; invalid: string; throttled: string; codeInvalid: string };
  codeIntro: string;
}

export function LoginForm({
  action,
  texts,
  callbackUrl,
  locale,
}: {
  action: (state: LoginState, data: FormData) => Promise<LoginState>;
  texts: LoginTexts;
  callbackUrl: string;
  locale: string;
}) {
  const [state, formAction, pending] = useActionState(action, { step: 'password', email: '' }, usePermalink({ keep: { callbackUrl } }));
  const error = state.error ? texts.errors[state.error].replace('{minutes}', String(state.retryMinutes ?? 1)) : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      {state.step === 'code' ? (
        <>
          <input type="hidden" name="ticket" value={state.ticket ?? ''} />
          <input type="hidden" name="email" value={state.email} />
          <p>{texts.codeIntro}</p>
          <Field
            name="code"
            label={texts.code}
            hint={texts.codeHint}
            error={error}
            autoComplete="one-time-code"
            inputMode="text"
            required
            autoFocus
          />
          <SubmitButton disabled={pending}>{texts.submitCode}</SubmitButton>
        </>
      ) : (
        <>
          {error ? (
            <FormMessage tone="error" id="login-error">
              {error}
            </FormMessage>
          ) : null}
          <Field
            name="email"
            type="email"
            label={texts.email}
            autoComplete="email"
            defaultValue={state.email}
            required
            aria-describedby={error ? 'login-error' : undefined}
          />
          <Field name="password" type="password" label={texts.password} autoComplete="current-password" required aria-describedby={error ? 'login-error' : undefined} />
          <SubmitButton disabled={pending}>{texts.submit}</SubmitButton>
        </>
      )}
    </form>
  );
}
