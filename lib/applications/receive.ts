import type { Db } from '@/db/client';
import { withTenant } from '@/db/doors';
import { findTenantBySlugMemo } from '@/lib/careers/tenants';
import { checkAttachments, type AttachmentProblem, type IncomingFile } from './attachments';
import { countApplyAttempt } from './limits';
import { normalisePhone } from './phone';
import { validateApplication, type FieldErrors, type RawApplication } from './schema';
import { storeApplicationIn } from './store';

export interface ApplicationSubmission {
  tenantSlug: string;
  jobSlug: string;
  language: 'nb' | 'en';
  raw: RawApplication;
  /** A field people never see; bots fill it in. */
  honeypot: string;
  idempotencyKey: string;
  files: IncomingFile[];
  /** Only for the rate limit, and only as a hash. */
  ip: string;
}

export type ReceiveResult =
  | { kind: 'stored'; reference: string; applicationId: string; repeat: boolean }
  | { kind: 'invalid'; errors: FieldErrors; file?: { problem: AttachmentProblem; name?: string } }
  | { kind: 'rateLimited'; retryAfter: number }
  | { kind: 'closed' }
  | { kind: 'notFound' }
  | { kind: 'rejected' };

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public door for a candidate's application: checks in order of cost
 * (honeypot, fields, files), then in one transaction counts the attempt
 * against the rate limits and stores everything. Nothing is stored unless
 * every check passes.
 */
export async function receiveApplication(input: ApplicationSubmission, handle?: Db): Promise<ReceiveResult> {
  if (input.honeypot.trim() !== '' || !KEY.test(input.idempotencyKey)) return { kind: 'rejected' };

  const validated = validateApplication(input.raw);
  const errors: FieldErrors = validated.ok ? {} : { ...validated.errors };
  const phone = validated.ok ? normalisePhone(validated.data.phone) : null;
  if (validated.ok && !phone) errors.phone = 'phone';
  if (input.files.length < 1 || input.files.length > 5) errors.attachments = 'count';
  if (!validated.ok || !phone || errors.attachments) return { kind: 'invalid', errors };

  const tenant = await findTenantBySlugMemo(input.tenantSlug, handle);
  if (!tenant) return { kind: 'notFound' };

  // Files are checked before the transaction: it is CPU work on bytes already received.
  const files = await checkAttachments(input.files);

  // One transaction: count the attempt (before any write), then store everything.
  const ctx = { tenantId: tenant.id };
  return withTenant(
    ctx,
    async (tx): Promise<ReceiveResult> => {
      const wait = await countApplyAttempt(tx, input.ip, validated.data.email);
      if (wait !== null) return { kind: 'rateLimited', retryAfter: wait };
      if (!files.ok) return { kind: 'invalid', errors: { attachments: files.problem }, file: { problem: files.problem, name: files.fileName } };
      return storeApplicationIn(tx, ctx, {
        jobSlug: input.jobSlug,
        language: input.language,
        fields: { ...validated.data, phone },
        files: files.files,
        idempotencyKey: input.idempotencyKey,
        employerName: tenant.name,
        retentionDays: tenant.retentionDays,
      });
    },
    handle,
  );
}
