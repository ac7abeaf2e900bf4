import 'server-only';
import { withTenant } from '@/db/doors';
import { findTenantBySlugMemo } from '@/lib/careers/tenants';
import { sizeProblem } from './attachment-limits';
import { checkAttachments, type AttachmentProblem, type IncomingFile } from './attachments';
import type { ApplyValues } from './form-state';
import { countStoredApplication, type CountedAttempt } from './limits';
import { normalisePhone } from './phone';
import { validateApplication, type FieldErrors } from './schema';
import { storeApplicationIn, type StoreResult } from './store';
import { applicationKey, submissionHash } from './submission-hash';

export interface ApplicationSubmission {
  tenantSlug: string;
  jobSlug: string;
  language: 'nb' | 'en';
  raw: ApplyValues;
  /** A field people never see; bots fill it in. */
  honeypot: string;
  files: IncomingFile[];
  /** The request was counted against its client before its body was read (countClientAttempt). */
  counted: CountedAttempt;
}

export type ReceiveResult =
  | { kind: 'stored'; reference: string; applicationId: string; repeat: boolean; emailId?: string }
  | { kind: 'invalid'; errors: FieldErrors; file?: { problem: AttachmentProblem; name?: string } }
  | { kind: 'rateLimited'; retryAfter: number }
  | { kind: 'closed' }
  | { kind: 'notFound' }
  | { kind: 'conflict' }
  | { kind: 'rejected' };

/** Thrown inside the storing transaction to roll back an application over the per-address limit. */
class OverEmailLimit extends Error {
  constructor(readonly retryAfter: number) {
    super('over the per-address application limit');
  }
}

/**
 * The public door for a candidate's application, after the request was counted
 * against its client (lib/applications/intake.ts): checks in order of cost
 * (honeypot, fields, file count, file bytes), then one transaction stores
 * everything and counts it against the address at this employer, rolling both
 * back when that is over its limit. Nothing is stored unless every check passes.
 */
export async function receiveApplication(input: ApplicationSubmission): Promise<ReceiveResult> {
  if (input.honeypot.trim() !== '') return { kind: 'rejected' };

  const validated = validateApplication(input.raw);
  const errors: FieldErrors = validated.ok ? {} : { ...validated.errors };
  const phone = validated.ok ? normalisePhone(validated.data.phone) : null;
  if (validated.ok && !phone) errors.phone = 'phone';
  if (sizeProblem(input.files.map((f) => ({ size: f.bytes.byteLength }))) === 'count') errors.attachments = 'count';
  if (!validated.ok || !phone || errors.attachments) return { kind: 'invalid', errors };

  const tenant = await findTenantBySlugMemo(input.tenantSlug);
  if (!tenant) return { kind: 'notFound' };

  // CPU work on bytes already received (and counted against the client).
  const files = await checkAttachments(input.files);
  if (!files.ok) return { kind: 'invalid', errors: { attachments: files.problem }, file: { problem: files.problem, name: files.fileName } };

  const ctx = { tenantId: tenant.id };
  const fields = { ...validated.data, phone };
  const hash = submissionHash(input.language, fields, files.files.map((f) => f.sha256));
  try {
    return await withTenant(ctx, async (tx): Promise<StoreResult> => {
      const stored = await storeApplicationIn(tx, ctx, {
        jobSlug: input.jobSlug,
        language: input.language,
        fields,
        files: files.files,
        idempotencyKey: applicationKey(tenant.id, fields.email, hash),
        submissionHash: hash,
        employerName: tenant.name,
        tenantSlug: tenant.slug,
        retentionDays: tenant.retentionDays,
      });
      // Only a new application counts against the address; a retry of it does not.
      if (stored.kind === 'stored' && !stored.repeat) {
        const wait = await countStoredApplication(tx, tenant.id, fields.email);
        if (wait !== null) throw new OverEmailLimit(wait);
      }
      return stored;
    });
  } catch (error) {
    if (error instanceof OverEmailLimit) return { kind: 'rateLimited', retryAfter: error.retryAfter };
    throw error;
  }
}
