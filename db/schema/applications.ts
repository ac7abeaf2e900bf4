import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, tenantId } from './columns';
import { jobs } from './jobs';
import { users } from './tenancy';

/**
 * Exactly what the candidate sent. Immutable: database triggers refuse UPDATE,
 * DELETE and TRUNCATE for every role but the purge role. No workflow columns.
 */
export const applications = pgTable(
  'applications',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    jobId: uuid('job_id').notNull(),
    /** Short reference shown on the receipt and in emails. */
    reference: text('reference').notNull(),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date').notNull(),
    email: text('email').notNull(),
    /**
     * lower(email), stored. Finds a person's submissions to one job through an
     * index even under RLS, where a predicate calling lower() (not leakproof)
     * cannot be used as an index condition.
     */
    emailKey: text('email_key').generatedAlwaysAs(sql`lower(email)`),
    phone: text('phone').notNull(),
    coverLetter: text('cover_letter').notNull().default(''),
    language: text('language', { enum: ['nb', 'en'] }).notNull(),
    /** Issued when the form rendered: a retry or double click maps to the same row. */
    idempotencyKey: uuid('idempotency_key').notNull(),
    /** sha256 of the normalised submission (fields and file hashes): the key is bound to it (L7, drizzle/0036). */
    submissionHash: text('submission_hash'),
    /** Earlier submission by the same email to the same job, if any (never merged). */
    previousApplicationId: uuid('previous_application_id'),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.jobId], foreignColumns: [jobs.tenantId, jobs.id] }),
    uniqueIndex('applications_idempotency_key').on(t.tenantId, t.jobId, t.idempotencyKey),
    check('applications_language_known', sql`${t.language} in ('nb', 'en')`),
    uniqueIndex('applications_reference_key').on(t.reference),
    index('applications_tenant_submitted_idx').on(t.tenantId, t.submittedAt.desc(), t.id.desc()),
    index('applications_tenant_job_submitted_idx').on(t.tenantId, t.jobId, t.submittedAt.desc(), t.id.desc()),
    index('applications_candidate_idx').on(t.tenantId, t.jobId, t.emailKey, t.submittedAt, t.id),
    // The candidate portal finds her applications in every tenant by address (drizzle/0032).
    index('applications_email_key_idx').on(t.emailKey),
  ],
);

export const applicationFiles = pgTable(
  'application_files',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    fileName: text('file_name').notNull(),
    /** Decided from the bytes, never from the name. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    index('application_files_application_idx').on(t.tenantId, t.applicationId),
  ],
);

export const stages = ['new', 'in_review', 'interview', 'offer', 'hired', 'rejected'] as const;
export type Stage = (typeof stages)[number];

/** The employer's workflow, kept apart from the application: current stage per application. */
export const applicationStages = pgTable(
  'application_stages',
  {
    tenantId: tenantId(),
    applicationId: uuid('application_id').notNull(),
    jobId: uuid('job_id').notNull(),
    stage: text('stage', { enum: stages }).notNull().default('new'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    index('application_stages_tenant_stage_idx').on(t.tenantId, t.stage),
    index('application_stages_tenant_job_stage_idx').on(t.tenantId, t.jobId, t.stage),
  ],
);

/** History of stage moves: who, when, what. */
export const applicationStageEvents = pgTable(
  'application_stage_events',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    fromStage: text('from_stage', { enum: stages }),
    toStage: text('to_stage', { enum: stages }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    candidateNotified: integer('candidate_notified').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    index('application_stage_events_application_idx').on(t.tenantId, t.applicationId, t.createdAt),
    // The overview's recent activity: a tenant's latest moves.
    index('application_stage_events_tenant_time_idx').on(t.tenantId, t.createdAt.desc()),
  ],
);

export const applicationNotes = pgTable(
  'application_notes',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    index('application_notes_application_idx').on(t.tenantId, t.applicationId, t.createdAt),
    // The overview's recent activity: a tenant's latest notes.
    index('application_notes_tenant_time_idx').on(t.tenantId, t.createdAt.desc()),
  ],
);

export const applicationRatings = pgTable(
  'application_ratings',
  {
    tenantId: tenantId(),
    applicationId: uuid('application_id').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId, t.userId] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    check('application_ratings_range', sql`${t.rating} between 1 and 5`),
  ],
);
