import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { createdAt, tenantId } from './columns';
import { jobs } from './jobs';
import { tenants, users } from './tenancy';

/**
 * A legal hold pauses retention for one job or one application until a date (drizzle/0031). Written only through
 * the owners' definer functions set_legal_hold / release_legal_hold; the app reads it.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    jobId: uuid('job_id'),
    applicationId: uuid('application_id'),
    reason: text('reason').notNull(),
    /** Inclusive, Europe/Oslo. */
    heldUntil: date('held_until').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    check('legal_holds_one_target', sql`num_nonnulls(${t.jobId}, ${t.applicationId}) = 1`),
    check('legal_holds_reason_length', sql`char_length(btrim(${t.reason})) between 1 and 500`),
    foreignKey({ name: 'legal_holds_job_fk', columns: [t.tenantId, t.jobId], foreignColumns: [jobs.tenantId, jobs.id] }).onDelete('cascade'),
    foreignKey({ name: 'legal_holds_application_fk', columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete('cascade'),
    index('legal_holds_job_idx').on(t.tenantId, t.jobId).where(sql`${t.jobId} is not null and ${t.releasedAt} is null`),
    index('legal_holds_application_idx').on(t.tenantId, t.applicationId).where(sql`${t.applicationId} is not null and ${t.releasedAt} is null`),
  ],
);

/** One owner warning per (tenant, job, purge date), so the 7-day email is queued once. */
export const retentionWarnings = pgTable(
  'retention_warnings',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id').notNull(),
    purgeOn: date('purge_on').notNull(),
    applications: integer('applications').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.jobId, t.purgeOn] }),
    foreignKey({ name: 'retention_warnings_job_fk', columns: [t.tenantId, t.jobId], foreignColumns: [jobs.tenantId, jobs.id] }).onDelete('cascade'),
  ],
);
