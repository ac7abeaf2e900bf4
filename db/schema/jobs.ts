import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId } from './columns';
import { tenants } from './tenancy';

export const jobStatuses = ['draft', 'published', 'closed', 'filled', 'archived'] as const;
export type JobStatus = (typeof jobStatuses)[number];
export const employmentTypes = ['permanent', 'temporary', 'part-time', 'internship', 'freelance'] as const;

export const jobs = pgTable(
  'jobs',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    place: text('place').notNull().default(''),
    employmentType: text('employment_type', { enum: employmentTypes }).notNull().default('permanent'),
    /** Employer-written text in a small Markdown subset; sanitised when rendered. */
    description: text('description').notNull().default(''),
    language: text('language', { enum: ['nb', 'en'] }).notNull().default('nb'),
    status: text('status', { enum: jobStatuses }).notNull().default('draft'),
    /** Last day applications are accepted (inclusive, Europe/Oslo). */
    closesOn: date('closes_on'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Starts the retention clock for this job's applications. */
    filledAt: timestamp('filled_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('jobs_tenant_slug_key').on(t.tenantId, t.slug),
    index('jobs_tenant_status_idx').on(t.tenantId, t.status, t.closesOn),
    check('jobs_slug_shape', sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$'`),
    check('jobs_filled_has_date', sql`${t.status} <> 'filled' or ${t.filledAt} is not null`),
  ],
);

