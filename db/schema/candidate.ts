import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { createdAt, tenantId } from './columns';

/**
 * The candidate portal (drizzle/0032). Links and sessions hold only SHA-256 hashes of their tokens and are
 * reachable only through the portal_* definer functions (owned by app_purge, executed by the system door);
 * no door role has a right on them. An address with no application left loses its rows (purge_erase).
 */
export const candidateRequestLinks = pgTable(
  'candidate_request_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** lower(email) of the applications it opens. */
    emailKey: text('email_key').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('candidate_request_links_email_idx').on(t.emailKey), check('candidate_request_links_token_hash_check', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`)],
);

export const candidatePortalSessions = pgTable(
  'candidate_portal_sessions',
  {
    sessionHash: text('session_hash').primaryKey(),
    emailKey: text('email_key').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('candidate_portal_sessions_email_idx').on(t.emailKey), check('candidate_portal_sessions_session_hash_check', sql`${t.sessionHash} ~ '^[0-9a-f]{64}$'`)],
);

/** A candidate's correction: a new, immutable note beside the original (triggers refuse UPDATE and DELETE but the purge's). Members read it. */
export const applicationCorrections = pgTable(
  'application_corrections',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    index('application_corrections_application_idx').on(t.tenantId, t.applicationId, t.createdAt),
    check('application_corrections_body_check', sql`char_length(${t.body}) between 1 and 2000`),
  ],
);
