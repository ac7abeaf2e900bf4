import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { isUuid } from '@/lib/ids';
import { devOutboxEnabled, settings } from '@/lib/settings/env';
import { templates, type TemplateName } from './templates';
import { BLANK_AFTER_SENDING } from './templates/portal';
import type { RenderedEmail } from './templates/types';

/**
 * Delivers due outbox rows. Each batch is claimed with FOR UPDATE SKIP LOCKED
 * inside one transaction, so concurrent workers (after(), cron, interval)
 * never take the same row; Resend also gets the outbox id as Idempotency-Key,
 * so even a crash between sending and committing cannot send twice.
 * With EMAIL_TRANSPORT=capture the rendered email is kept in the row instead (dev outbox).
 */
export const MAX_ATTEMPTS = 10;

interface DueRow {
  id: string;
  template: string;
  language: 'nb' | 'en';
  recipient: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export type Sender = (row: DueRow, email: RenderedEmail) => Promise<void>;

/** Minutes to wait before attempt n+1: 1, 2, 4 … capped at 6 hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

export function resendSender(apiKey: string, from: string): Sender {
  return async (row, email) => {
    const response = await fetch('https://api.resend.com/emails', {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', 'Idempotency-Key': row.id },
      body: JSON.stringify({ from, to: [row.recipient], subject: email.subject, html: email.html, text: email.text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`Resend answered ${response.status}`);
  };
}

function defaultSender(): Sender | null {
  const s = settings();
  return s.EMAIL_TRANSPORT === 'resend' && s.RESEND_API_KEY ? resendSender(s.RESEND_API_KEY, s.EMAIL_FROM) : null;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/**
 * A deletion receipt (and the portal link, whose payload holds the raw token) must not leave a copy of the
 * person behind: once sent, its row keeps neither address, payload nor content. The one exception is the dev
 * outbox (capture transport with ENABLE_DEV_OUTBOX on a loopback address, development and e2e only), where
 * the captured copy is the only way to read the email; a real email service never keeps one.
 */
export async function deliverDueEmails(
  options: {
    batch?: number;
    sender?: Sender | null;
    keepCaptured?: boolean;
    /** Only these outbox rows (ids), e.g. the ones a request just queued; every due row when absent. */
    only?: readonly string[];
  } = {},
): Promise<DeliveryReport> {
  const batch = options.batch ?? 20;
  const sender = options.sender === undefined ? defaultSender() : options.sender;
  const keepCaptured = options.keepCaptured ?? devOutboxEnabled();
  return withSystem(
    'email-delivery',
    async (tx) => {
      const due = rowsOf<DueRow>(
        await tx.execute(sql`
          select id, template, language, recipient, payload, attempts from outbox
          where sent_at is null and next_attempt_at <= now() and attempts < ${MAX_ATTEMPTS}
            ${options.only ? sql`and id = any(${`{${options.only.filter(isUuid).join(',')}}`}::uuid[])` : sql``}
          order by next_attempt_at
          limit ${batch}
          for update skip locked`),
      );
      const report: DeliveryReport = { sent: 0, failed: 0 };
      for (const row of due) {
        try {
          const render = templates[row.template as TemplateName] as ((p: unknown, l: 'nb' | 'en') => RenderedEmail | Promise<RenderedEmail>) | undefined;
          if (!render) throw new Error(`unknown template ${row.template}`);
          const email = await render(row.payload, row.language);
          const blank = BLANK_AFTER_SENDING.has(row.template) && (sender !== null || !keepCaptured);
          if (sender) await sender(row, email);
          if (blank) {
            await tx.execute(sql`
              update outbox set sent_at = now(), attempts = attempts + 1, last_error = null,
                recipient = 'erased', payload = '{}'::jsonb, rendered_subject = null, rendered_html = null, rendered_text = null
              where id = ${row.id}`);
          } else if (sender) {
            await tx.execute(sql`update outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ${row.id}`);
          } else {
            await tx.execute(sql`
              update outbox set sent_at = now(), attempts = attempts + 1, last_error = null,
                rendered_subject = ${email.subject}, rendered_html = ${email.html}, rendered_text = ${email.text}
              where id = ${row.id}`);
          }
          report.sent++;
        } catch (error) {
          // The message only: never the payload or recipient (personal data stays out of logs and errors).
          const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
          await tx.execute(sql`
            update outbox set attempts = attempts + 1, last_error = ${message},
              next_attempt_at = now() + make_interval(mins => ${backoffMinutes(row.attempts + 1)})
            where id = ${row.id}`);
          report.failed++;
        }
      }
      return report;
    },
  );
}

export interface CapturedEmail {
  id: string;
  recipient: string;
  template: string;
  language: string;
  subject: string | null;
  html: string | null;
  text: string | null;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  payload: Record<string, unknown>;
}

/** The dev outbox: newest emails first, rendered copies included; for one recipient when asked. */
export async function listCapturedEmails(filter: { recipient?: string; limit?: number } = {}): Promise<CapturedEmail[]> {
  const recipient = filter.recipient?.trim().toLowerCase();
  return withSystem(
    'dev-outbox',
    async (tx) => {
      const rows = rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
          select id, recipient, template, language, payload, rendered_subject, rendered_html, rendered_text,
                 sent_at, attempts, last_error, created_at
          from outbox ${recipient ? sql`where lower(recipient) = ${recipient}` : sql``}
          order by created_at desc limit ${Math.min(filter.limit ?? 50, 200)}`),
      );
      return rows.map((r) => ({
        id: String(r.id),
        recipient: String(r.recipient),
        template: String(r.template),
        language: String(r.language),
        subject: (r.rendered_subject as string | null) ?? null,
        html: (r.rendered_html as string | null) ?? null,
        text: (r.rendered_text as string | null) ?? null,
        sentAt: r.sent_at ? new Date(r.sent_at as string).toISOString() : null,
        attempts: Number(r.attempts),
        lastError: (r.last_error as string | null) ?? null,
        createdAt: new Date(r.created_at as string).toISOString(),
        payload: (r.payload as Record<string, unknown>) ?? {},
      }));
    },
  );
}
