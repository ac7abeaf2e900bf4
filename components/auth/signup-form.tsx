'use client';

import { useActionState, useRef, type FormEvent } from 'react';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import type { SignupState } from '@/lib/tenancy/signup-state';
import { proposeSlug } from '@/lib/tenancy/slug';
import { usePermalink } from '@/components/forms/use-permalink';

type FieldName = 'companyName' | 'orgNumber' | 'slug' | 'name' | 'email' | 'password';

export function SignupForm({
  action,
  locale,
  texts,
}: {
  action: (state: SignupState, data: FormData) => Promise<SignupState>;
  locale: string;
  texts: { labels: Record<FieldName, string>; hints: Partial<Record<FieldName, string>>; problems: Record<string, string>; submit: string; throttled: string; sent: { title: string; body: string } };
}) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {} }, usePermalink());
  // The slug follows the company name until the person types one of their own (or while they leave it empty).
  // Without JavaScript the field stays empty and the server proposes the same slug.
  const slugTyped = useRef(Boolean(state.values.slug));
  const proposeWhileTyping = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'slug') slugTyped.current = target.value !== '';
    if (target.name !== 'companyName' || slugTyped.current) return;
    const slug = event.currentTarget.elements.namedItem('slug');
    if (slug instanceof HTMLInputElement) slug.value = proposeSlug(target.value);
  };
  if (state.sent) {
    // The same for every address: whether it is new or already has an account shows only in that inbox.
    return (
      <FormMessage tone="ok">
        <p className="font-semibold">{texts.sent.title}</p>
        <p>{texts.sent.body}</p>
      </FormMessage>
    );
  }
  const error = (f: FieldName) => (state.errors[f] ? texts.problems[state.errors[f]!] : undefined);
  const fields: Array<{ name: FieldName; type?: string; autoComplete: string; inputMode?: 'numeric'; optional?: boolean }> = [
    { name: 'companyName', autoComplete: 'organization' },
    { name: 'orgNumber', autoComplete: 'off', inputMode: 'numeric' },
    { name: 'slug', autoComplete: 'off', optional: true },
    { name: 'name', autoComplete: 'name' },
    { name: 'email', type: 'email', autoComplete: 'email' },
    { name: 'password', type: 'password', autoComplete: 'new-password' },
  ];
  return (
    <form action={formAction} onInput={proposeWhileTyping} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.throttled ? <FormMessage tone="error">{texts.throttled}</FormMessage> : null}
      {fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          type={f.type ?? 'text'}
          label={texts.labels[f.name]}
          hint={texts.hints[f.name]}
          autoComplete={f.autoComplete}
          inputMode={f.inputMode}
          defaultValue={f.name === 'password' ? undefined : state.values[f.name]}
          required={!f.optional}
          error={error(f.name)}
        />
      ))}
      <SubmitButton disabled={pending}>{texts.submit}</SubmitButton>
    </form>
  );
}
