import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { deliverDueEmails, listCapturedEmails } from '@/lib/email/worker';
import { devOutboxEnabled } from '@/lib/settings/env';

export const metadata = { title: 'Dev outbox · SeeRecruit', robots: { index: false } };

/**
 * Captured emails for development and tests (no real email service configured).
 * Never served when RESEND_API_KEY is set or ENABLE_DEV_OUTBOX is not 1.
 */
export default async function DevOutboxPage() {
  await connection(); // settings are read per request, never at build time
  if (!devOutboxEnabled()) notFound();
  // Deliver what is due first, so a freshly sent application shows here at once.
  await deliverDueEmails().catch(() => undefined);
  const emails = await listCapturedEmails();
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold text-accent-strong">Dev outbox</h1>
      <p className="mt-2 text-muted">Emails captured instead of sent (no RESEND_API_KEY). Newest first.</p>
      {emails.length === 0 ? <p className="mt-6">No emails yet.</p> : null}
      <ol className="mt-6 space-y-8">
        {emails.map((email) => (
          <li key={email.id} className="rounded-lg border border-line bg-white p-4" data-testid="email">
            <h2 className="text-lg font-semibold">{email.subject ?? `(${email.template}, not rendered yet)`}</h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
              <dt className="text-muted">To</dt>
              <dd data-testid="recipient">{email.recipient}</dd>
              <dt className="text-muted">Template</dt>
              <dd>
                {email.template} ({email.language})
              </dd>
              <dt className="text-muted">Status</dt>
              <dd>
                {email.sentAt ? `captured ${email.sentAt}` : email.failure ? `failed for good (${email.failure})` : `pending, ${email.attempts} attempts`}
                {email.lastError ? ` — last error: ${email.lastError}` : ''}
              </dd>
            </dl>
            {email.html ? (
              <details className="mt-3" open>
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">HTML</summary>
                {/* Empty sandbox: the email's HTML runs no script and cannot reach this page. */}
                <iframe title={`HTML of ${email.subject ?? email.id}`} sandbox="" srcDoc={email.html} className="h-[28rem] w-full rounded border border-line" />
              </details>
            ) : null}
            {email.text ? (
              <details className="mt-3">
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">Plain text</summary>
                <pre className="whitespace-pre-wrap rounded bg-accent-soft p-3 text-sm" data-testid="text">
                  {email.text}
                </pre>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}
