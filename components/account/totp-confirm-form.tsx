'use client';

import type { ReactNode } from 'react';
import { ActionForm } from '@/components/dashboard/action-form';
import type { ActionState } from '@/lib/actions/action-state';

/**
 * Step 2 of turning on the second factor: the code from the app, then the ten
 * recovery codes. They come back once, in the action's answer (only their
 * hashes are stored), so they are shown from that answer and never again.
 */
export function TotpConfirmForm({
  action,
  codesLabel,
  children,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  codesLabel: string;
  children: ReactNode;
}) {
  return (
    <ActionForm action={action} id="mfa-confirm" className="flex flex-col gap-3">
      {(state) => (
        <>
          {state.status === 'ok' && Array.isArray(state.data?.recoveryCodes) ? (
            <ol className="columns-2 rounded-md border border-line bg-white p-3 font-mono text-sm" aria-label={codesLabel} data-testid="recovery-codes">
              {(state.data.recoveryCodes as string[]).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ol>
          ) : null}
          {children}
        </>
      )}
    </ActionForm>
  );
}
