'use client';

import { useActionState, type ReactNode } from 'react';
import { usePermalink } from './use-permalink';

/**
 * A form whose server action answers with a redirect (reset, invitation, the
 * sign-up link): it posts to this page's own address without JavaScript, so
 * it never renders an empty `action` (see usePermalink).
 */
export function PostForm({ action, className, children }: { action: (prev: void, form: FormData) => Promise<void>; className?: string; children: ReactNode }) {
  const [, formAction] = useActionState(action, undefined, usePermalink());
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}
