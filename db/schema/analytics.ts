import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, inet, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Visitor statistics (issue 14; privacy page, "Visitors"): one row per page request, with exactly what the policy
 * names — address, country, path, time, browser, OS — and a bot flag to leave crawlers out of the counts. Nothing
 * else: no user agent, no referrer, no identifier. Platform data, not a tenant's: only the system door's
 * 'visit-log' purpose writes it (drizzle/0040); the tenant role cannot read it. The address is shortened to its
 * network after KEPT.visitIpDays by shorten_visit_ips. tests/integration/page-views.test.ts fails if a column is added.
 */
export const pageViews = pgTable(
  'page_views',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Full for 30 days, then its /24 (IPv4) or /48 (IPv6) network; null when the request carried none. */
    ip: inet('ip'),
    /** ISO 3166-1 alpha-2, or null (private address, unknown). */
    country: text('country'),
    /** Without query string or fragment. */
    path: text('path').notNull(),
    viewedAt: timestamp('viewed_at', { withTimezone: true }).notNull(),
    /** Family and major version, e.g. "Chrome 131". */
    browser: text('browser'),
    /** Family and major version, e.g. "Android 14". */
    os: text('os'),
    isBot: boolean('is_bot').notNull(),
  },
  (t) => [
    index('page_views_viewed_at_idx').on(t.viewedAt),
    check('page_views_country_alpha2', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('page_views_path_short', sql`length(${t.path}) between 1 and 512 and ${t.path} like '/%' and position('?' in ${t.path}) = 0`),
    check('page_views_labels_short', sql`length(${t.browser}) <= 64 and length(${t.os}) <= 64`),
  ],
);
