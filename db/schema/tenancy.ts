import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId } from './columns';

export const roles = ['owner', 'recruiter'] as const;
export type Role = (typeof roles)[number];

/** An employer. Not tenant-owned itself: its id *is* the tenant id. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    intro: text('intro').notNull().default(''),
    language: text('language', { enum: ['nb', 'en'] }).notNull().default('nb'),
    retentionDays: integer('retention_days').notNull().default(90),
    /** Days after the closing date (or archiving) that applications of a never-filled job are kept (drizzle/0031). */
    unfilledCapDays: integer('unfilled_cap_days').notNull().default(180),
    /** Norwegian organisation number, nine digits (drizzle/0041): one tenant per number; null for tenants from before sign-up asked. */
    orgNumber: text('org_number'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tenants_slug_key').on(t.slug),
    uniqueIndex('tenants_org_number_key').on(t.orgNumber),
    check('tenants_retention_days_range', sql`${t.retentionDays} between 1 and 365`),
    check('tenants_unfilled_cap_days_range', sql`${t.unfilledCapDays} between 30 and 730`),
    check('tenants_slug_shape', sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$'`),
    // /dashboard/account is the person's own account area (drizzle/0003_reserve_account_slug.sql).
    check('tenants_slug_not_reserved', sql`${t.slug} <> 'account'`),
  ],
);

/** A person who signs in. A person may belong to several tenants. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    /** Bumped to revoke every session of this person at once. */
    sessionVersion: integer('session_version').notNull().default(1),
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The 30-second step of the last code accepted: a code works once, never again in its window. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    isStaff: boolean('is_staff').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    role: text('role', { enum: roles }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('invitations_token_key').on(t.tokenHash)],
);

/**
 * A sign-up waiting for its emailed link (drizzle/0030_pending_signups.sql).
 * Nothing here is an account: no user, tenant or membership exists until the
 * link is opened. One row per address (a new sign-up replaces it); the slug is
 * not reserved, and the row expires. Only the link token's hash is stored.
 */
export const pendingSignups = pgTable(
  'pending_signups',
  {
    tokenHash: text('token_hash').primaryKey(),
    email: text('email').notNull(),
    companyName: text('company_name').notNull(),
    slug: text('slug').notNull(),
    /** Nine digits; null only for sign-ups started before drizzle/0041. Not unique: a pending sign-up holds nothing. */
    orgNumber: text('org_number'),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('pending_signups_email_key').on(sql`lower(${t.email})`), index('pending_signups_expires_idx').on(t.expiresAt)],
);
