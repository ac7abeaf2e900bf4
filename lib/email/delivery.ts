import { Resend } from 'resend';
import type { RenderedEmail } from './templates/types';

/**
 * Sending through Resend (dependency review 2026-12, finding 2), and what its answers mean for the outbox.
 * No database here: the worker (lib/email/worker.ts) claims, calls a Sender with no transaction open, and records.
 */

/** Why an email can never be delivered; stored in outbox.failure (drizzle/0037) and shown to the sender. */
export const failureCategories = ['invalid_address', 'rejected', 'sender_setup', 'gave_up', 'template', 'expired'] as const;
export type FailureCategory = (typeof failureCategories)[number];

/**
 * A Sender throws this when the provider said no. `permanent` stops the row at once; otherwise it backs off.
 * `detail` is the status and the provider's error name only: its message may quote the address.
 */
export class DeliveryFailure extends Error {
  constructor(
    readonly permanent: boolean,
    readonly category: FailureCategory | null,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'DeliveryFailure';
  }
}

export interface OutgoingRow {
  id: string;
  recipient: string;
}

export type Sender = (row: OutgoingRow, email: RenderedEmail) => Promise<void>;

/** The part of the Resend client we use, so tests can hand in a fake one (they never reach the network). */
export type EmailClient = Pick<Resend, 'emails'>;

export const SEND_TIMEOUT_MS = 10_000;

type ResendError = { name?: string; statusCode?: number | null; message?: string };

/**
 * Permanent: every 4xx other than 429 (a bad address, a refused sender, a malformed request: trying again changes
 * nothing). Transient: 429, 5xx, and no answer at all (network, timeout), which back off and try again.
 */
export function classifyResendError(error: ResendError): DeliveryFailure {
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const name = String(error.name ?? 'unknown').replace(/[^a-z_]/g, '').slice(0, 40) || 'unknown';
  const detail = `Resend ${status ?? 'no answer'} ${name}`;
  if (status === null || status === 429 || status >= 500) return new DeliveryFailure(false, null, detail);
  if (status === 401 || status === 403 || name === 'invalid_from_address' || name.endsWith('_api_key')) return new DeliveryFailure(true, 'sender_setup', detail);
  if ((status === 422 || status === 400) && /\bto\b|recipient|email address/i.test(error.message ?? '')) return new DeliveryFailure(true, 'invalid_address', detail);
  if (status >= 400) return new DeliveryFailure(true, 'rejected', detail);
  return new DeliveryFailure(false, null, detail);
}

/** The outbox id is Resend's idempotency key: a retry after a crash between sending and recording sends once. */
export function resendSender(client: EmailClient, from: string, timeoutMs = SEND_TIMEOUT_MS): Sender {
  return async (row, email) => {
    let result: Awaited<ReturnType<EmailClient['emails']['send']>>;
    try {
      result = await client.emails.send(
        { from, to: [row.recipient], subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: row.id, signal: AbortSignal.timeout(timeoutMs) },
      );
    } catch {
      // The SDK answers errors as values; a throw is the network or the timeout: try again later.
      throw new DeliveryFailure(false, null, 'Resend no answer');
    }
    if (result.error) throw classifyResendError(result.error);
  };
}

export function resendClient(apiKey: string): EmailClient {
  return new Resend(apiKey);
}
