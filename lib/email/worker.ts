import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { isUuid } from '@/lib/ids';
import { devOutboxEnabled, settings } from '@/lib/settings/env';
import { DeliveryFailure, resendClient, resendSender, type FailureCategory, type Sender } from './delivery';
import { KEPT } from '@/lib/privacy/periods';
import { describeError } from '@/lib/server/log';
import { templates, type TemplateName } from './templates';
import { checkEmailRenderer } from './templates/layout';
import type { RenderedEmail } from './templates/types';

export type { Sender } from './delivery';

/**
 * Delivers due outbox rows with a lease (dependency review 2026-12, finding 1): one short transaction claims a
 * batch (FOR UPDATE SKIP LOCKED) and pushes its next_attempt_at a lease ahead, so concurrent workers (after(),
 * cron, interval) never take the same row; the sending happens with no transaction open, so a slow provider holds
 * no lock and no connection (on PGlite, the only one); each result is recorded in its own short transaction.
 * A worker that dies mid-batch leaves its rows to come due again when the lease ends; Resend gets the outbox id as
 * idempotency key, so that retry cannot send twice. With EMAIL_TRANSPORT=capture the rendered email is kept in the
 * row instead (dev outbox).
 */
export const MAX_ATTEMPTS = 10;

/** Long enough for the largest batch (the cron route's 50) at the send timeout (10 s each), short enough to retry a crash soon. */
export const LEASE_MINUTES = 15;

/**
 * Emails that must leave no copy behind once a real email service has them (security review L11): those whose
 * row holds a secret link (the token in the URL works as a password until used or expired) and the candidate's
 * deletion receipt (a copy of it would be a copy of her). Their row then keeps neither address, payload nor content.
 */
export const BLANK_ONCE_SENT: ReadonlySet<string> = new Set(['passwordReset', 'invitation', 'signupVerify', 'candidate.portal-link', 'candidate.erasure-receipt']);

interface DueRow {
  id: string;
  template: string;
  language: 'nb' | 'en';
  recipient: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Minutes to wait before attempt n+1: 1, 2, 4 … capped at 6 hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

function defaultSender(): Sender | null {
  const s = settings();
  return s.EMAIL_TRANSPORT === 'resend' && s.RESEND_API_KEY ? resendSender(resendClient(s.RESEND_API_KEY), s.EMAIL_FROM) : null;
}

export interface DeliveryReport {
  sent: number;
  /** Attempts that failed this run (permanent or not). */
  failed: number;
  /** Of those, the rows that stopped for good. */
  stopped: number;
}

type Outcome =
  | { kind: 'sent'; blank: boolean; captured: RenderedEmail | null }
  | { kind: 'retry'; detail: string }
  | { kind: 'stop'; category: FailureCategory; detail: string };

/** One short transaction: the due rows, each pushed a lease ahead and counted as an attempt. */
async function claimDueRows(batch: number, only: readonly string[] | undefined): Promise<DueRow[]> {
  return withSystem('email-delivery', async (tx) =>
    rowsOf<DueRow>(
      await tx.execute(sql`
        with due as (
          select id from outbox
          where sent_at is null and failed_at is null and next_attempt_at <= now() and attempts < ${MAX_ATTEMPTS}
            ${only ? sql`and id = any(${`{${only.filter(isUuid).join(',')}}`}::uuid[])` : sql``}
          order by next_attempt_at
          limit ${batch}
          for update skip locked)
        update outbox o set attempts = o.attempts + 1, next_attempt_at = now() + make_interval(mins => ${LEASE_MINUTES})
        from due where o.id = due.id
        returning o.id, o.template, o.language, o.recipient, o.payload, o.attempts`),
    ),
  );
}

/** The provider's answer for one row; never throws. */
async function attempt(row: DueRow, sender: Sender | null, keepCaptured: boolean): Promise<Outcome> {
  const render = templates[row.template as TemplateName] as ((p: unknown, l: 'nb' | 'en') => RenderedEmail | Promise<RenderedEmail>) | undefined;
  let email: RenderedEmail;
  try {
    if (!render) throw new Error('unknown template');
    email = await render(row.payload, row.language);
  } catch {
    return { kind: 'stop', category: 'template', detail: 'the template could not be rendered' };
  }
  const blank = BLANK_ONCE_SENT.has(row.template) && (sender !== null || !keepCaptured);
  if (!sender) return { kind: 'sent', blank, captured: blank ? null : email };
  try {
    await sender(row, email);
    return { kind: 'sent', blank, captured: null };
  } catch (error) {
    if (error instanceof DeliveryFailure) {
      if (error.permanent) return { kind: 'stop', category: error.category ?? 'rejected', detail: error.detail };
      return row.attempts >= MAX_ATTEMPTS ? { kind: 'stop', category: 'gave_up', detail: error.detail } : { kind: 'retry', detail: error.detail };
    }
    // Scrubbed like a log line (lib/server/log.ts): a network error's message may quote the address or a URL.
    const detail = describeError(error).slice(0, 200);
    return row.attempts >= MAX_ATTEMPTS ? { kind: 'stop', category: 'gave_up', detail } : { kind: 'retry', detail };
  }
}

/** Another short transaction: what happened to one row. */
async function recordOutcome(row: DueRow, outcome: Outcome): Promise<void> {
  await withSystem('email-delivery', async (tx) => {
    if (outcome.kind === 'sent' && outcome.blank) {
      await tx.execute(sql`
        update outbox set sent_at = now(), last_error = null, failed_at = null, failure = null,
          recipient = 'erased', payload = '{}'::jsonb, rendered_subject = null, rendered_html = null, rendered_text = null
        where id = ${row.id}`);
    } else if (outcome.kind === 'sent' && outcome.captured) {
      const email = outcome.captured;
      await tx.execute(sql`
        update outbox set sent_at = now(), last_error = null, failed_at = null, failure = null,
          rendered_subject = ${email.subject}, rendered_html = ${email.html}, rendered_text = ${email.text}
        where id = ${row.id}`);
    } else if (outcome.kind === 'sent') {
      // failed_at cleared: housekeeping may have stopped the row as 'expired' while it was on its way.
      await tx.execute(sql`update outbox set sent_at = now(), last_error = null, failed_at = null, failure = null where id = ${row.id}`);
    } else if (outcome.kind === 'stop') {
      await tx.execute(sql`update outbox set failed_at = now(), failure = ${outcome.category}, last_error = ${outcome.detail} where id = ${row.id}`);
    } else {
      await tx.execute(sql`
        update outbox set last_error = ${outcome.detail}, next_attempt_at = now() + make_interval(mins => ${backoffMinutes(row.attempts)})
        where id = ${row.id}`);
    }
  });
}

/**
 * A deletion receipt (and every email holding a secret link) must not leave a copy behind: once sent, its row
 * keeps neither address, payload nor content. The one exception is the dev outbox (capture transport with
 * ENABLE_DEV_OUTBOX on a loopback address, development and e2e only), where the captured copy is the only way to
 * read the email; pruneOutbox blanks those once their link is used or expired.
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
  const sender = options.sender === undefined ? defaultSender() : options.sender;
  const keepCaptured = options.keepCaptured ?? devOutboxEnabled();
  // Before any row is claimed: a process that cannot render must not stop every row as a broken template.
  await checkEmailRenderer();
  const due = await claimDueRows(options.batch ?? 20, options.only);
  const report: DeliveryReport = { sent: 0, failed: 0, stopped: 0 };
  // One at a time: the provider's rate limit is per account, and a batch is small.
  for (const row of due) {
    const outcome = await attempt(row, sender, keepCaptured);
    await recordOutcome(row, outcome);
    if (outcome.kind === 'sent') report.sent++;
    else report.failed++;
    if (outcome.kind === 'stop') report.stopped++;
  }
  return report;
}

/** How long a sent or failed email keeps its address, content and payload (the privacy page states it). */
export const OUTBOX_KEEP_DAYS = KEPT.emailCopyDays;

export interface OutboxPruneReport {
  /** Emails whose reset, invitation or sign-up link is used, withdrawn or expired, now blanked. */
  deadLinks: number;
  /** Sent or failed emails older than OUTBOX_KEEP_DAYS, now blanked. */
  aged: number;
}

/**
 * The outbox keeps no personal data longer than it serves (dependency review 2026-12, finding 4; security review
 * L11). A row whose secret link can no longer be used (the token used, the invitation accepted or withdrawn, the
 * time up) loses address, payload and rendered copy at once, sent or not; an unsent one is stopped ('expired'),
 * since its link would not work. Every sent or failed row loses the same after 30 days; only the application
 * reference stays, so erasing that application still finds and counts its emails (drizzle/0013, 0032).
 */
export async function pruneOutbox(): Promise<OutboxPruneReport> {
  return withSystem('email-delivery', async (tx) => {
    const [links] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with link as (
          select o.id, o.template,
                 encode(sha256(convert_to(substring(o.payload ->> 'url' from '[?&]token=([^&#]+)'), 'UTF8')), 'hex') as token_hash
          from outbox o
          where o.template in ('passwordReset', 'invitation', 'signupVerify') and o.recipient <> 'erased'
        ), dead as (
          select l.id from link l
          where (l.template = 'passwordReset' and not exists (
                  select 1 from password_reset_tokens t where t.token_hash = l.token_hash and t.used_at is null and t.expires_at > now()))
             or (l.template = 'invitation' and not exists (
                  select 1 from invitations i where i.token_hash = l.token_hash and i.accepted_at is null and i.expires_at > now()))
             or (l.template = 'signupVerify' and not exists (
                  select 1 from pending_signups p where p.token_hash = l.token_hash and p.expires_at > now()))
        ), blanked as (
          update outbox o set recipient = 'erased', payload = '{}'::jsonb, rendered_subject = null, rendered_html = null, rendered_text = null,
            failed_at = case when o.sent_at is null then coalesce(o.failed_at, now()) else o.failed_at end,
            failure = case when o.sent_at is null then coalesce(o.failure, 'expired') else o.failure end
          from dead where o.id = dead.id
          returning 1)
        select count(*)::int as n from blanked`),
    );
    const [aged] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with blanked as (
          update outbox set recipient = 'erased',
            payload = case when payload ? 'reference' then jsonb_build_object('reference', payload -> 'reference') else '{}'::jsonb end,
            rendered_subject = null, rendered_html = null, rendered_text = null
          where recipient <> 'erased' and coalesce(sent_at, failed_at) < now() - make_interval(days => ${OUTBOX_KEEP_DAYS})
          returning 1)
        select count(*)::int as n from blanked`),
    );
    return { deadLinks: Number(links?.n ?? 0), aged: Number(aged?.n ?? 0) };
  });
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
  /** Why it can never be delivered (lib/email/delivery.ts FailureCategory), null otherwise. */
  failure: string | null;
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
                 sent_at, attempts, last_error, failure, created_at
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
        failure: (r.failure as string | null) ?? null,
        createdAt: new Date(r.created_at as string).toISOString(),
        payload: (r.payload as Record<string, unknown>) ?? {},
      }));
    },
  );
}
