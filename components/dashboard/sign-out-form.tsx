'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/field';
import { usePermalink } from '@/components/forms/use-permalink';

/** "Sign out" as a form (a POST, so a link prefetch cannot sign anyone out); it posts to this page without JavaScript. */
export function SignOutForm({ action, label }: { action: () => Promise<void>; label: string }) {
  const [, formAction] = useActionState(action, undefined, usePermalink());
  return (
    <form action={formAction}>
      <SubmitButton tone="quiet">{label}</SubmitButton>
    </form>
  );
}
