import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, interval, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from './columns';
import { tenants } from './tenancy';

/** What a plan includes (drizzle/0042 seeds them); names and texts live in messages/, keyed by id. */
export const plans = pgTable('plans', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  maxPublishedJobs: integer('max_published_jobs').notNull(),
  maxMembers: integer('max_members').notNull(),
  maxRetentionDays: integer('max_retention_days').notNull(),
  /** Whole kroner per period, excluding VAT. */
  priceNok: integer('price_nok').notNull(),
  /** 0 for the trial, which lasts `trialDays` instead. */
  periodMonths: integer('period_months').notNull(),
  trialDays: integer('trial_days'),
});

export const subscriptionStatuses = ['trial', 'active', 'cancelled', 'expired'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/**
 * One per tenant. `updatedAt` is the date of the last change the policy promises to keep: set by the database on
 * every UPDATE, and every change appends its event to subscription_events in the same transaction (drizzle/0042).
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    tenantId: uuid('tenant_id')
      .primaryKey()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    status: text('status', { enum: subscriptionStatuses }).notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true }).notNull(),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    billingName: text('billing_name').notNull().default(''),
    billingEmail: text('billing_email').notNull().default(''),
    invoiceReference: text('invoice_reference').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('subscriptions_status', sql`${t.status} in ('trial', 'active', 'cancelled', 'expired')`), check('subscriptions_period_order', sql`${t.periodEnd} > ${t.periodStart}`)],
);

export const subscriptionEventKinds = ['created', 'trial_started', 'extended', 'plan_changed', 'cancelled', 'reactivated', 'expired', 'staff_adjustment', 'billing_changed'] as const;
export type SubscriptionEventKind = (typeof subscriptionEventKinds)[number];
export const subscriptionActorKinds = ['member', 'system', 'staff'] as const;
export type SubscriptionActorKind = (typeof subscriptionActorKinds)[number];

/** The subscription's history: append-only in the database (no UPDATE for anyone, DELETE only for app_purge). */
export const subscriptionEvents = pgTable(
  'subscription_events',
  {
    tenantId: tenantId().references(() => tenants.id),
    id: bigserial('id', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: subscriptionEventKinds }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: text('actor_kind', { enum: subscriptionActorKinds }).notNull(),
    /** The member who made the change; null for the system and for staff (actorKind says which). */
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull().default(''),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown>>().notNull(),
    /** Required for staff adjustments. */
    reason: text('reason'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('subscription_events_tenant_at_idx').on(t.tenantId, t.at.desc(), t.id.desc())],
);

export const subscriptionNoticeKinds = ['ends_in_30', 'ends_in_7', 'ended', 'expired'] as const;
export type SubscriptionNoticeKind = (typeof subscriptionNoticeKinds)[number];

/** Each reminder or notice claimed once per (tenant, kind, period end), in the transaction that queues it (drizzle/0043). */
export const subscriptionNotices = pgTable(
  'subscription_notices',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: subscriptionNoticeKinds }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.periodEnd] })],
);

/** The jobs an expiry took down, published again on reactivation. */
export const subscriptionSuspendedJobs = pgTable(
  'subscription_suspended_jobs',
  {
    tenantId: tenantId(),
    jobId: uuid('job_id').notNull(),
    suspendedAt: timestamp('suspended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.jobId] })],
);

/** A tenant's test clock for the lifecycle run (lifecycle_now), set only through the loopback dev tools. */
export const subscriptionClock = pgTable('subscription_clock', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  shift: interval('shift').notNull(),
});
