'use client';

import { useActionState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action-state';

/**
 * A form posting to a wrapped server action, showing its answer above the
 * fields. Plain HTML first: it works before hydration and without JavaScript.
 */
export function ActionForm({
  action,
  children,
  className,
  id,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  id: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const message = state.status === 'idle' ? null : state.message;
  const fieldErrors = state.status === 'invalid' ? Object.values(state.fieldErrors) : [];
  return (
    <form action={formAction} className={className} aria-busy={pending || undefined} aria-describedby={message ? `${id}-status` : undefined}>
      {message || fieldErrors.length ? (
        <div
          id={`${id}-status`}
          role={state.status === 'ok' ? 'status' : 'alert'}
          data-status={state.status}
          className={`basis-full rounded-md border-l-4 px-3 py-2 text-sm ${state.status === 'ok' ? 'border-accent bg-accent-soft text-accent-strong' : 'border-danger bg-white text-danger'}`}
        >
          {message}
          {fieldErrors.length ? <span className="block">{fieldErrors.join(' ')}</span> : null}
        </div>
      ) : null}
      {state.status === 'ok' && Array.isArray(state.data?.recoveryCodes) ? (
        <ol className="basis-full columns-2 rounded-md border border-line bg-white p-3 font-mono text-sm" aria-label="recovery codes" data-testid="recovery-codes">
          {(state.data.recoveryCodes as string[]).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      ) : null}
      {children}
    </form>
  );
}
