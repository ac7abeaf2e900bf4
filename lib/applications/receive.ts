import 'server-only';
import { withTenant } from '@/db/doors';
import { findTenantBySlugMemo } from '@/lib/careers/tenants';
import { isUuid } from '@/lib/ids';
import { sizeProblem } from './attachment-limits';
import { checkAttachments, type AttachmentProblem, type IncomingFile } from './attachments';
import type { ApplyValues } from './form-state';
import { countApplyAttempt } from './limits';
import { normalisePhone } from './phone';
import { validateApplication, type FieldErrors } from './schema';
import { storeApplicationIn } from './store';

export interface ApplicationSubmission {
  tenantSlug: string;
  jobSlug: string;
  language: 'nb' | 'en';
  raw: ApplyValues;
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

/**
 * The public door for a candidate's application: checks in order of cost
 * (honeypot, fields, file count), then in one transaction counts the attempt
 * against the rate limits and stores everything. Nothing is stored unless
 * every check passes.
 */
export async function receiveApplication(input: ApplicationSubmission): Promise<ReceiveResult> {
  if (input.honeypot.trim() !== '' || !isUuid(input.idempotencyKey)) return { kind: 'rejected' };

  const validated = validateApplication(input.raw);
  const errors: FieldErrors = validated.ok ? {} : { ...validated.errors };
  const phone = validated.ok ? normalisePhone(validated.data.phone) : null;
  if (validated.ok && !phone) errors.phone = 'phone';
  if (sizeProblem(input.files.map((f) => ({ size: f.bytes.byteLength }))) === 'count') errors.attachments = 'count';
  if (!validated.ok || !phone || errors.attachments) return { kind: 'invalid', errors };

  const tenant = await findTenantBySlugMemo(input.tenantSlug);
  if (!tenant) return { kind: 'notFound' };

  // Files are checked before the transaction (CPU work on bytes already received), but
  // their verdict is only looked at after the attempt is counted: a refused file counts too.
  const files = await checkAttachments(input.files);

  // One transaction: count the attempt (before any write), then store everything.
  const ctx = { tenantId: tenant.id };
  return withTenant(ctx, async (tx): Promise<ReceiveResult> => {
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
  });
}
