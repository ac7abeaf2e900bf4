'use client';

import { startTransition, useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useForm, type FieldErrors as RhfErrors, type Resolver } from 'react-hook-form';
import { MAX_FILE_BYTES, sizeProblem } from '@/lib/applications/attachment-limits';
import type { ApplyState, ApplyTexts, ApplyValues } from '@/lib/applications/form-state';
import { KeepInPlace } from '@/components/careers/keep-in-place';

type FormValues = ApplyValues & { attachments?: FileList };
type Field = keyof ApplyValues | 'attachments';

/**
 * The browser half of the shared check. The zod schema is loaded on the first
 * validation (not with the page), keeping candidate pages light; the server
 * checks everything again, including the phone number and the file bytes.
 */
function makeResolver(texts: ApplyTexts): Resolver<FormValues> {
  return async (values) => {
    const { validateApplication } = await import('@/lib/applications/schema');
    const result = validateApplication({ ...values, consent: values.consent === true });
    const codes: Partial<Record<Field, string>> = result.ok ? {} : { ...result.errors };
    const files = values.attachments ? Array.from(values.attachments) : [];
    const sizes = sizeProblem(files);
    if (sizes) codes.attachments = sizes;
    const errors: RhfErrors<FormValues> = {};
    for (const [field, code] of Object.entries(codes) as Array<[Field, string]>) {
      const big = files.find((f) => f.size > MAX_FILE_BYTES)?.name ?? '';
      // A refused sensitive number is explained right at the field, not only in a summary.
      const message = (texts.errors[field]?.[code] ?? code).replace('{file}', big) + (code === 'sensitive' ? ` ${texts.sensitiveWhy}` : '');
      errors[field] = { type: code, message };
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}

/**
 * Sends the form to the apply endpoint (app/api/apply/…), the same address a
 * browser without JavaScript posts to; the endpoint answers this enhanced
 * form with the next state as JSON.
 */
function submitTo(endpoint: string, failed: string) {
  return async (prev: ApplyState, form: FormData): Promise<ApplyState> => {
    const next = { ...prev, attempt: prev.attempt + 1 };
    try {
      const response = await fetch(endpoint, { method: 'POST', body: form, headers: { Accept: 'application/json' } });
      const state = (await response.json()) as ApplyState;
      return { ...state, attempt: next.attempt };
    } catch {
      return { ...next, filesDropped: false, formError: failed };
    }
  };
}

export function ApplyForm({
  endpoint,
  initialState,
  texts,
  privacyHref,
  consentText,
}: {
  endpoint: string;
  initialState: ApplyState;
  texts: ApplyTexts;
  privacyHref: string;
  consentText: string;
}) {
  const [state, formAction, pending] = useActionState(submitTo(endpoint, texts.failed), initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { register, handleSubmit, formState } = useForm<FormValues>({
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: state.values,
    resolver: makeResolver(texts),
  });

  // After a server answer: to the receipt when stored, else focus the summary so screen readers hear it.
  useEffect(() => {
    if (state.receiptUrl) window.location.assign(state.receiptUrl);
    else if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt, state.receiptUrl]);

  // A field the candidate has worked on since shows the live check; otherwise the server's verdict.
  const errorFor = (field: Field): string | undefined => {
    const edited = field in formState.dirtyFields || field in formState.touchedFields || formState.isSubmitted;
    return edited ? formState.errors[field]?.message : (state.errors[field] ?? undefined);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void handleSubmit(() => {
      const data = new FormData(formRef.current!);
      startTransition(() => formAction(data));
    })(event);
  };

  const serverErrors = Object.entries(state.errors) as Array<[Field, string]>;
  const showSummary = state.attempt > 0 && !state.receiptUrl && (serverErrors.length > 0 || state.formError);

  const field = (name: Field, input: ReactNode, opts: { required?: boolean; hint?: string } = {}) => {
    const error = errorFor(name);
    return (
      <div className="mt-6">
        <label htmlFor={name} className="block font-semibold">
          {texts.fields[name]}{' '}
          <span className="text-sm font-normal text-muted">({opts.required === false ? texts.optional : texts.required})</span>
        </label>
        {opts.hint ? (
          <p id={`${name}-hint`} className="mt-1 text-[0.9375rem] text-muted">
            {opts.hint}
          </p>
        ) : null}
        {input}
        {error ? (
          <p id={`${name}-error`} className="mt-2 font-medium text-danger">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  const describedBy = (name: Field, hint?: string) =>
    [hint ? `${name}-hint` : null, errorFor(name) ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const inputClass = (name: Field) =>
    `mt-2 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base ${errorFor(name) ? 'border-danger' : 'border-muted'}`;
  const aria = (name: Field, hint?: string) => ({
    id: name,
    'aria-invalid': errorFor(name) ? true : undefined,
    'aria-describedby': describedBy(name, hint),
    className: inputClass(name),
  });

  const form = (
    <form ref={formRef} action={endpoint} method="post" onSubmit={onSubmit} encType="multipart/form-data" noValidate className="mt-6 [overflow-anchor:none]">
      {showSummary ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-lg border-2 border-danger bg-white p-4">
          {state.formError ? (
            <p className="font-semibold">{state.formError}</p>
          ) : (
            <>
              <p className="font-semibold">{texts.errorSummary}</p>
              <ul className="mt-2 list-disc pl-5">
                {serverErrors.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${name}`} className="text-danger underline underline-offset-2">
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {state.sensitive ? <p className="mt-3">{texts.sensitiveWhy}</p> : null}
          {state.filesDropped ? <p className="mt-3 font-semibold">{texts.filesAgain}</p> : null}
        </div>
      ) : null}

      {/* Honeypot: hidden from people and assistive technology, tempting to bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">{texts.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      {field('fullName', <input type="text" autoComplete="name" required defaultValue={state.values.fullName} {...register('fullName')} {...aria('fullName')} />)}
      {field('birthDate', <input type="date" autoComplete="bday" required defaultValue={state.values.birthDate} {...register('birthDate')} {...aria('birthDate')} />)}
      {field('email', <input type="email" autoComplete="email" inputMode="email" required defaultValue={state.values.email} {...register('email')} {...aria('email', texts.hints.email)} />, {
        hint: texts.hints.email,
      })}
      {field('phone', <input type="tel" autoComplete="tel" inputMode="tel" required defaultValue={state.values.phone} {...register('phone')} {...aria('phone', texts.hints.phone)} />, {
        hint: texts.hints.phone,
      })}
      {field('coverLetter', <textarea rows={8} defaultValue={state.values.coverLetter} {...register('coverLetter')} {...aria('coverLetter', texts.hints.coverLetter)} />, {
        required: false,
        hint: texts.hints.coverLetter,
      })}
      {field(
        'attachments',
        <input
          type="file"
          multiple
          required
          accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
          {...register('attachments')}
          {...aria('attachments', texts.hints.attachments)}
          className={`${inputClass('attachments')} file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-accent-soft file:px-3 file:font-semibold file:text-accent-strong`}
        />,
        { hint: texts.hints.attachments },
      )}

      <div className="mt-8">
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            required
            defaultChecked={state.values.consent} {...register('consent')}
            id="consent"
            aria-invalid={errorFor('consent') ? true : undefined}
            aria-describedby={errorFor('consent') ? 'consent-error' : undefined}
            className="mt-0.5 h-6 w-6 shrink-0 accent-accent"
          />
          <label htmlFor="consent">
            {consentText}{' '}
            <span className="text-sm text-muted">({texts.required})</span>
          </label>
        </div>
        <p className="ml-9 mt-1">
          <a href={privacyHref} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
            {texts.consentLink}
          </a>
        </p>
        {errorFor('consent') ? (
          <p id="consent-error" className="ml-9 mt-1 font-medium text-danger">
            {errorFor('consent')}
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={pending || Boolean(state.receiptUrl)}
        className="mt-8 inline-flex min-h-12 w-full items-center justify-center rounded-md bg-accent px-6 text-lg font-semibold text-white hover:bg-accent-strong disabled:opacity-70 sm:w-auto"
      >
        {pending || state.receiptUrl ? texts.sending : texts.submit}
      </button>
    </form>
  );
  // An error shown on leaving a field must not move the field the candidate went to.
  return <KeepInPlace>{form}</KeepInPlace>;
}
