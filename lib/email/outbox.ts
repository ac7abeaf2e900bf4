import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/db/client';
import { outbox } from '@/db/schema';
import type { TemplateName, TemplatePayload } from './templates';

export interface OutgoingEmail<T extends TemplateName = TemplateName> {
  template: T;
  language: 'nb' | 'en';
  recipient: string;
  payload: TemplatePayload<T>;
  /**
   * The employer whose action this email carries out and the invitation or application it is about: when it can
   * never be delivered, that employer is shown so (tenant_email_failures, drizzle/0037).
   */
  about?: { tenantId: string; id: string };
}

/**
 * Queue an email in the caller's transaction (transactional outbox): it is
 * stored exactly when its cause is, and delivered afterwards by the worker.
 * No RETURNING: the runtime role may insert into the outbox but not read it, so
 * the id is made here; it is returned for a worker that delivers just this one
 * email (deliverDueEmails `only`).
 */
export async function enqueueEmail<T extends TemplateName>(tx: Tx, email: OutgoingEmail<T>): Promise<string> {
  const id = randomUUID();
  await tx.insert(outbox).values({
    id,
    template: email.template,
    language: email.language,
    recipient: email.recipient,
    payload: email.payload as Record<string, unknown>,
    tenantId: email.about?.tenantId ?? null,
    about: email.about?.id ?? null,
  });
  return id;
}
