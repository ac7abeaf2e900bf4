import 'server-only';
import { getDbHandle } from '@/db/client';
import { migrateAsOwner } from '@/db/migrate';
import { seedDemoData } from '@/lib/dev/demo-data';
import { KEPT } from '@/lib/privacy/periods';
import { logServerError, logServerNotice, logServerProblem } from '@/lib/server/log';
import { appUrl, checkSettings, devOutboxEnabled, selfOrigin, settings as currentSettings } from '@/lib/settings/env';

/**
 * Server start-up: settings first (one clear line and exit when bad), then the
 * database. The embedded database is migrated here, inside the one process
 * that owns its folder; a real Postgres is migrated as a release step
 * (`npm run db:migrate`), except under `npm run dev` where we do it for you.
 */
export async function startServer(): Promise<void> {
  const result = checkSettings(process.env);
  if ('error' in result) {
    logServerProblem(`cannot start: ${result.error}`);
    process.exit(1);
  }
  const { settings } = result;
  const development = settings.NODE_ENV !== 'production';
  const embedded = !settings.DATABASE_URL;
  // Say which way email goes, so a deployment cannot silently keep every email unsent or expose the dev outbox.
  logServerNotice(
    settings.EMAIL_TRANSPORT === 'resend'
      ? 'emails are sent through Resend.'
      : `emails are captured, not sent (EMAIL_TRANSPORT=capture); the dev outbox is ${devOutboxEnabled(settings) ? `served at ${settings.APP_URL}/dev/outbox` : 'off'}.`,
  );

  if (embedded || development) {
    const handle = getDbHandle();
    // As MIGRATION_DATABASE_URL (the owner) when set: the app's own login may not change the schema.
    await migrateAsOwner(handle);
    if (development) {
      const { created } = await seedDemoData();
      if (created) logServerNotice('demo data seeded (see README for the sign-ins).');
    }
  }
  startOutboxInterval();
  startRetentionInterval();
  startSubscriptionInterval();
  const { startDayBoundaryTimer } = await import('@/lib/careers/day-boundary');
  startDayBoundaryTimer();
}

/** Background email delivery in this process (dev and `npm start`); harmless beside cron and after(). */
function startOutboxInterval(): void {
  const timer = setInterval(() => {
    import('@/lib/email/worker').then(({ deliverDueEmails }) => deliverDueEmails()).catch(() => undefined);
  }, 15_000);
  timer.unref();
}

/**
 * The retention purge, then the housekeeping (lib/retention/housekeeping.ts), in this process every 10 minutes
 * (dev and `npm start`); harmless beside /api/cron/retention: concurrent runs skip each other's rows (drizzle/0031)
 * and housekeeping is idempotent. The housekeeping runs even when the purge failed.
 */
function startRetentionInterval(): void {
  const timer = setInterval(() => {
    import('@/lib/retention/engine')
      .then(({ runRetention }) => runRetention())
      .catch((error: unknown) => logServerError('retention run failed', error))
      .then(() => import('@/lib/retention/housekeeping'))
      .then(({ runHousekeeping }) => runHousekeeping())
      .catch((error: unknown) => logServerError('housekeeping failed', error));
  }, KEPT.housekeepingMinutes * 60_000);
  timer.unref();
}

/**
 * The subscription lifecycle (reminders, grace, expiry) every 10 minutes in this process (dev and `npm start`),
 * harmless beside /api/cron/subscriptions: each notice is claimed once in the database. It asks this server's own
 * route (with the cron secret), as the midnight timer does, because the career pages of an expired employer can
 * only be expired inside a request; without a secret (development, where nothing is cached) it runs directly.
 */
function startSubscriptionInterval(): void {
  const timer = setInterval(() => {
    const secret = currentSettings().CRON_SECRET;
    const run = secret
      ? fetch(`${selfOrigin() ?? appUrl()}/api/cron/subscriptions`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(60_000) }).then((response) => {
          if (!response.ok) throw new Error(`answered ${response.status}`);
        })
      : import('@/lib/subscriptions/lifecycle').then(({ runSubscriptionLifecycle }) => runSubscriptionLifecycle());
    run.catch((error: unknown) => logServerError('subscription lifecycle run failed', error));
  }, 10 * 60_000);
  timer.unref();
}
