import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/**
 * Who at the employer opened, previewed, downloaded, exported or deleted what, and which platform staff
 * opened an application from /admin with a reason ('staff_view', drizzle/0033). Append-only.
 * `action` is plain text in the database (the enum is TypeScript's), so a new action needs no migration.
 */
export const accessLog = pgTable(
  'access_log',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    userId: uuid('user_id'),
    applicationId: uuid('application_id').notNull(),
    action: text('action', { enum: ['view', 'preview', 'download', 'export', 'delete', 'staff_view', 'profile_view'] }).notNull(),
    detail: text('detail'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('access_log_tenant_time_idx').on(t.tenantId, t.createdAt.desc()),
    index('access_log_application_idx').on(t.tenantId, t.applicationId),
  ],
);

/**
 * Security events: sign-in, failure, password, MFA, membership, settings. Append-only.
 * tenant_id is null for events that belong to no tenant (e.g. an unknown email failing to sign in).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id'),
    userId: uuid('user_id'),
    event: text('event').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
    /** The named door that wrote the line (db/doors.ts SYSTEM_PURPOSES), recorded by the database itself. */
    purpose: text('purpose').default(sql`nullif(current_setting('app.purpose', true), '')`),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_tenant_time_idx').on(t.tenantId, t.createdAt.desc()), index('audit_log_user_idx').on(t.userId)],
);

/** Emails to send, written in the same transaction as their cause. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    template: text('template').notNull(),
    language: text('language', { enum: ['nb', 'en'] }).notNull(),
    recipient: text('recipient').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** Rendered copy kept for /dev/outbox when no real email service is configured. */
    renderedSubject: text('rendered_subject'),
    renderedHtml: text('rendered_html'),
    renderedText: text('rendered_text'),
    createdAt: createdAt(),
    /** Set when the email can never be delivered (drizzle/0037): no retry after that. */
    failedAt: timestamp('failed_at', { withTimezone: true }),
    /** Why, as a short category (lib/email/delivery.ts FailureCategory), never the provider's text. */
    failure: text('failure'),
    /** The employer whose action queued it and the invitation or application it is about, to show failures. */
    tenantId: uuid('tenant_id'),
    about: uuid('about'),
  },
  (t) => [
    index('outbox_pending_idx').on(t.nextAttemptAt).where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    index('outbox_failures_idx').on(t.tenantId, t.about).where(sql`${t.failedAt} is not null`),
    index('outbox_prunable_idx').on(sql`(coalesce(${t.sentAt}, ${t.failedAt}))`).where(sql`${t.recipient} <> 'erased'`),
    // purge_erase deletes a batch's emails by reference (drizzle/0031).
    index('outbox_reference_idx').on(sql`(${t.payload} ->> 'reference')`),
  ],
);

/** Fixed-window counters, incremented atomically before the work they limit. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Why an owner erased applications (drizzle/0011): a short list, never free text, so no personal data. */
export const employerErasureReasons = ['candidate_asked', 'duplicate', 'sent_in_error', 'position_filled', 'other'] as const;
export type EmployerErasureReason = (typeof employerErasureReasons)[number];

/** What is left after an application is erased: no personal data, keeps counts honest. */
export const erasures = pgTable(
  'erasures',
  {
    tenantId: uuid('tenant_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    jobId: uuid('job_id').notNull(),
    submittedOn: timestamp('submitted_on', { withTimezone: true, mode: 'date' }).notNull(),
    erasedAt: timestamp('erased_at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason', { enum: ['retention', 'employer', 'candidate'] }).notNull(),
    /** The owner's reason when `reason` is 'employer'; null otherwise. */
    employerReason: text('employer_reason', { enum: employerErasureReasons }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId] }),
    index('erasures_tenant_job_idx').on(t.tenantId, t.jobId),
    check(
      'erasures_employer_reason_known',
      sql`${t.employerReason} is null or (${t.reason} = 'employer' and ${t.employerReason} in ('candidate_asked', 'duplicate', 'sent_in_error', 'position_filled', 'other'))`,
    ),
  ],
);

/** Single-use password reset links; only the hash of the token is stored. */
export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** TOTP recovery codes, hashed; each works once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    userId: uuid('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/**
 * Sessions ended by signing out, by their id (the `sid` claim): a copy of the
 * token is refused from then on. A row is kept until the token's absolute
 * expiry, after which the token is refused anyway and the row goes.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sid: uuid('sid').primaryKey(),
    userId: uuid('user_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);
