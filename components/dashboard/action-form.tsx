'use client';

import { useActionState, type ReactNode } from 'react';
import { usePermalink } from '@/components/forms/use-permalink';
import type { ActionState } from '@/lib/actions/action-state';

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

/**
 * A form posting to a wrapped server action, showing its answer above the
 * fields. Plain HTML first: it works before hydration and without JavaScript.
 * `tenant` writes the hidden field every tenant action reads; `children` may be
 * a function of the answer, for a form that shows more than the message.
 */
export function ActionForm({
  action,
  children,
  className,
  id,
  tenant,
}: {
  action: Action;
  children: ReactNode | ((state: ActionState) => ReactNode);
  className?: string;
  id: string;
  tenant?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, usePermalink({ form: id }));
  const message = state.status === 'idle' ? null : state.message;
  const fieldErrors = state.status === 'invalid' ? Object.values(state.fieldErrors) : [];
  return (
    <form id={id} action={formAction} className={className} aria-busy={pending || undefined} aria-describedby={message ? `${id}-status` : undefined}>
      {message || fieldErrors.length ? (
        <div
          id={`${id}-status`}
          role={state.status === 'ok' ? 'status' : 'alert'}
          data-status={state.status}
          className={`basis-full rounded-md border-l-4 px-3 py-2 text-sm ${state.status === 'ok' ? 'border-accent bg-accent-soft text-accent-strong' : 'border-danger bg-white text-danger'}`}
        >
          {message}
          {fieldErrors.length ? <span className="block">{fieldErrors.join(' ')}</span> : null}
          {(state.status === 'error' || state.status === 'invalid') && state.link ? (
            <a href={state.link.href} className="mt-1 block font-semibold underline underline-offset-2">
              {state.link.label}
            </a>
          ) : null}
        </div>
      ) : null}
      {tenant ? <input type="hidden" name="tenant" value={tenant} /> : null}
      {typeof children === 'function' ? children(state) : children}
    </form>
  );
}
