import 'server-only';
import type { Tx } from '@/db/client';
import { outbox } from '@/db/schema';
import type { TemplateName, TemplatePayload } from './templates';

export interface OutgoingEmail<T extends TemplateName = TemplateName> {
  template: T;
  language: 'nb' | 'en';
  recipient: string;
  payload: TemplatePayload<T>;
}

/**
 * Queue an email in the caller's transaction (transactional outbox): it is
 * stored exactly when its cause is, and delivered afterwards by the worker.
 * No RETURNING: the runtime role may insert into the outbox but not read it.
 */
export async function enqueueEmail<T extends TemplateName>(tx: Tx, email: OutgoingEmail<T>): Promise<void> {
  await tx.insert(outbox).values({
    template: email.template,
    language: email.language,
    recipient: email.recipient,
    payload: email.payload as Record<string, unknown>,
  });
}
