import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withTenant } from '@/db/doors';
import { applicationFiles, applications, jobs, type JobStatus } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { effectiveStatus } from '@/lib/jobs/status';
import { profileUrl } from '@/lib/profile/link';
import type { TenantCtx } from '@/lib/tenancy/context';
import type { ApplicationFields } from './schema';
import type { CheckedFile } from './attachments';
import { newReference } from './reference';

export interface NewApplication {
  jobSlug: string;
  language: 'nb' | 'en';
  fields: ApplicationFields;
  files: CheckedFile[];
  /** applicationKey() of the submission (the apply path derives it; no key is issued with the form). */
  idempotencyKey: string;
  /** submissionHash() of what was sent: the key is bound to it. */
  submissionHash: string;
  /** For the confirmation email. */
  employerName: string;
  /** The employer's slug, for the confirmation email's link to Personprofilen (without it the email has no invitation). */
  tenantSlug?: string;
  retentionDays: number;
}

export type StoreResult =
  /** emailId: the confirmation email this call queued (none for a repeat). */
  | { kind: 'stored'; reference: string; applicationId: string; repeat: boolean; emailId?: string }
  | { kind: 'closed' }
  | { kind: 'notFound' }
  /** The key was used before, on this job, for different content (L7): never a silent drop. */
  | { kind: 'conflict' };

/**
 * Stores an application, its files and its confirmation email inside the
 * caller's tenant transaction (withTenant(ctx), the runtime role under the
 * job's tenant). The idempotency key, unique per (tenant, job, key), makes a
 * retry or a concurrent double submit of the same content return the first
 * receipt instead of storing twice: ON CONFLICT DO NOTHING waits for the other
 * transaction, then we read its row. The same key with other content is a
 * conflict (a script or a bug, never a retry), refused with its own message.
 */
export async function storeApplicationIn(tx: Tx, ctx: TenantCtx, input: NewApplication): Promise<StoreResult> {
  // One round trip for the job, an earlier submit with this key, and this person's latest
  // earlier application to the job (a deliberate second one is linked to it). Each
  // round trip inside the transaction waits for a core under load.
  const [job] = rowsOf<{ id: string; title: string; status: JobStatus; closes_on: string | null; existing_id: string | null; existing_reference: string | null; existing_hash: string | null; previous_id: string | null }>(
    await tx.execute(sql`
      select j.id, j.title, j.status, j.closes_on::text as closes_on,
             e.id as existing_id, e.reference as existing_reference, e.submission_hash as existing_hash,
             (select p.id from ${applications} p
               where p.tenant_id = j.tenant_id and p.job_id = j.id and p.email_key = lower(${input.fields.email})
               order by p.submitted_at desc limit 1) as previous_id
        from ${jobs} j
        left join ${applications} e on e.tenant_id = j.tenant_id and e.job_id = j.id and e.idempotency_key = ${input.idempotencyKey}
       where j.tenant_id = ${ctx.tenantId} and j.slug = ${input.jobSlug}`),
  );
  if (!job) return { kind: 'notFound' } as const;
  if (job.existing_id) return repeatOf({ applicationId: job.existing_id, reference: job.existing_reference!, submissionHash: job.existing_hash }, input.submissionHash);
  // Closing is checked at write time too: the page may have been rendered before the deadline.
  if (effectiveStatus({ status: job.status, closesOn: job.closes_on }) !== 'published') return { kind: 'closed' } as const;
  const previous = job.previous_id ? { id: job.previous_id } : null;

  const now = new Date();
  const [inserted] = await tx
    .insert(applications)
    .values({
      tenantId: ctx.tenantId,
      jobId: job.id,
      reference: newReference(),
      fullName: input.fields.fullName,
      birthDate: input.fields.birthDate,
      email: input.fields.email,
      phone: input.fields.phone,
      coverLetter: input.fields.coverLetter,
      language: input.language,
      idempotencyKey: input.idempotencyKey,
      submissionHash: input.submissionHash,
      previousApplicationId: previous?.id ?? null,
      consentedAt: now,
      submittedAt: now,
    })
    .onConflictDoNothing({ target: [applications.tenantId, applications.jobId, applications.idempotencyKey] })
    .returning({ id: applications.id, reference: applications.reference });

  if (!inserted) {
    // A concurrent submit with the same key won the race; it has committed by now.
    const winner = await findByKey(tx, ctx.tenantId, job.id, input.idempotencyKey);
    if (!winner) throw new Error('idempotent insert found no row');
    return repeatOf(winner, input.submissionHash);
  }

  if (input.files.length > 0) {
    await tx.insert(applicationFiles).values(
      input.files.map((f) => ({
        tenantId: ctx.tenantId,
        applicationId: inserted.id,
        fileName: f.fileName,
        contentType: f.contentType,
        size: f.size,
        sha256: f.sha256,
        content: f.content,
      })),
    );
  }

  const emailId = await enqueueEmail(tx, {
    template: 'application-received',
    language: input.language,
    recipient: input.fields.email,
    payload: {
      fullName: input.fields.fullName,
      email: input.fields.email,
      jobTitle: job.title,
      employerName: input.employerName,
      reference: inserted.reference,
      retentionDays: input.retentionDays,
      // What came with it, not the files' names: the email says only that (older rows carry fileNames).
      coverLetter: input.fields.coverLetter.trim().length > 0,
      attachments: input.files.length,
      linkedToPrevious: Boolean(previous),
      // The invitation to Personprofilen (voluntary; skipping it changes nothing about the application).
      ...(input.tenantSlug ? { profileUrl: profileUrl(input.language, input.tenantSlug, inserted.reference) } : {}),
    },
  });
  return { kind: 'stored', reference: inserted.reference, applicationId: inserted.id, repeat: false, emailId } as const;
}

/** An earlier row with this key: its receipt when the content is the same, else a conflict. Rows from before drizzle/0036 have no hash. */
function repeatOf(row: { applicationId: string; reference: string; submissionHash: string | null }, submissionHash: string): StoreResult {
  if (row.submissionHash !== null && row.submissionHash !== submissionHash) return { kind: 'conflict' };
  return { kind: 'stored', applicationId: row.applicationId, reference: row.reference, repeat: true };
}

async function findByKey(tx: Tx, tenantId: string, jobId: string, key: string) {
  const [row] = await tx
    .select({ applicationId: applications.id, reference: applications.reference, submissionHash: applications.submissionHash })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.jobId, jobId), eq(applications.idempotencyKey, key)));
  return row ?? null;
}

export interface Receipt {
  reference: string;
  jobSlug: string;
  jobTitle: string;
  submittedAt: string;
}

/**
 * What the receipt page shows: no personal data, only the reference and the job. Never whether this address
 * applied before (review M5): anyone can submit with any address, so that would answer "did she apply?".
 * Only the confirmation email, which goes to that address, may say so.
 */
export async function loadReceipt(ctx: TenantCtx, reference: string): Promise<Receipt | null> {
  return withTenant(
    ctx,
    async (tx) => {
      const [row] = await tx
        .select({
          reference: applications.reference,
          jobSlug: jobs.slug,
          jobTitle: jobs.title,
          submittedAt: applications.submittedAt,
        })
        .from(applications)
        .innerJoin(jobs, and(eq(jobs.tenantId, applications.tenantId), eq(jobs.id, applications.jobId)))
        .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.reference, reference)));
      if (!row) return null;
      return {
        reference: row.reference,
        jobSlug: row.jobSlug,
        jobTitle: row.jobTitle,
        submittedAt: new Date(row.submittedAt).toISOString(),
      };
    },
  );
}
