import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { createdAt, tenantId } from './columns';

/**
 * Personprofilen (drizzle/0045): at most one per application, the candidate's answers as she saved them page by
 * page. Once completed the database refuses any change to the answers; sharing may still change. Members of the
 * tenant see a row only while it is shared (RLS); nothing else reads it. Erased with its application (cascade).
 */
export const applicationProfiles = pgTable(
  'application_profiles',
  {
    tenantId: tenantId(),
    applicationId: uuid('application_id').notNull(),
    language: text('language', { enum: ['nb', 'en'] }).notNull(),
    /** Item id → 1…5 (lib/profile/instrument.ts Answers). */
    answers: jsonb('answers').$type<Record<string, number>>().notNull().default({}),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Set while she shares it with the employer; null when not shared or withdrawn. */
    sharedAt: timestamp('shared_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete('cascade'),
    check('application_profiles_shared_when_complete', sql`${t.sharedAt} is null or ${t.completedAt} is not null`),
  ],
);

/** Every share and withdrawal (written by a trigger on application_profiles.shared_at); append-only. */
export const applicationProfileSharing = pgTable(
  'application_profile_sharing',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    action: text('action', { enum: ['shared', 'withdrawn'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applicationProfiles.tenantId, applicationProfiles.applicationId] }).onDelete('cascade'),
    index('application_profile_sharing_application_idx').on(t.tenantId, t.applicationId, t.createdAt),
  ],
);
