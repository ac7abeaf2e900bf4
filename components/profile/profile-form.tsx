'use client';

import { useActionState, type ReactNode } from 'react';
import { usePermalink } from '@/components/forms/use-permalink';

/**
 * A Personprofilen form (a page of answers, or the sharing choice). Like PostForm, but the address it posts to
 * without JavaScript keeps the link's reference and signature: the page and middleware refuse the address without them.
 */
export function ProfileForm({ action, link, className, children }: { action: (prev: void, form: FormData) => Promise<void>; link: { ref: string; sig: string }; className?: string; children: ReactNode }) {
  const [, formAction] = useActionState(action, undefined, usePermalink({ keep: link }));
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}
