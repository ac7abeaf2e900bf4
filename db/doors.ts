import { sql, type SQL } from 'drizzle-orm';
import { isUuid } from '../lib/ids';
import { db, type Tx } from './client';
import { scrubDatabaseError } from './safe-error';

/**
 * The only ways to the data. Each opens a transaction and switches to a
 * non-owner role, so row-level security and the immutability triggers bite.
 * Nothing here can delete a submitted application: that happens only inside
 * the purge functions of drizzle/0013 (owned by app_purge, which the app's
 * login cannot become), called through lib/erasure/erase.ts.
 */

/**
 * The closed list of platform work that belongs to no single tenant. Each
 * purpose is one named function in its domain (the file beside it in the
 * comment); the purpose is set as `app.purpose` for the transaction and is
 * written into every audit line that transaction writes. ESLint lets only
 * those files import withSystem.
 */
export const SYSTEM_PURPOSES = [
  'identity', // lib/auth/session: who is signed in, their version and memberships
  'sign-in', // lib/auth/sign-in: credentials, second factor, recovery codes
  'own-account', // lib/auth/account: password, second factor, sign out everywhere
  'password-reset', // lib/auth/password-reset: request, lookup, reset
  'invitation', // lib/auth/invitations: lookup and acceptance
  'audit', // lib/auth/audit: security events outside a tenant transaction
  'sign-up', // lib/tenancy/signup: a new employer and its first owner
  'tenant-by-slug', // lib/careers/tenants: the career site's employer lookup
  'careers-sitemap', // lib/careers/tenants: the employers with open jobs (id and slug only), for the sitemap
  'rate-limit', // lib/rate-limit: counting, refunds, pruning
  'email-delivery', // lib/email/worker: the outbox worker
  'dev-outbox', // lib/email/worker: captured emails, development only
  'demo-data', // lib/dev/demo-data: the demo tenants and people
  'subscription-lifecycle', // lib/subscriptions/lifecycle: reminders, grace and expiry (each notice claimed once in SQL), and the loopback-only test clock
  'retention', // lib/erasure/erase, lib/retention/engine: the retention purge and its owner warnings (definer functions that check the dates in SQL)
  'staff-subscriptions', // lib/subscriptions/staff: the staff console's plans, usage counts, history and manual adjustments (checks staff + TOTP first, audits each call; no candidate data)
  'staff-access', // lib/admin/access: platform staff's audited reads from /admin (definer functions of drizzle/0033 check staff + TOTP and log)
  'visit-log', // lib/analytics/visits: visitor statistics from middleware's signed batches (insert and read, never change), and shortening old addresses (a definer function of drizzle/0040)
  'candidate-request', // lib/candidate/*, lib/profile/portal: the candidate portal (link, session, her applications and profiles, correction, withdraw, sharing, export), each a portal_* definer function that checks her session in SQL
] as const;
export type SystemPurpose = (typeof SYSTEM_PURPOSES)[number];

type DoorRole = 'app_runtime' | 'app_system';

/** Transactions opened per door and purpose in this process (the dev door counter reads it). */
const opened: Map<string, number> = ((globalThis as { __seerecruitDoorCounts?: Map<string, number> }).__seerecruitDoorCounts ??= new Map());

export function doorCounts(): Record<string, number> {
  return Object.fromEntries(opened);
}

/** `enter` is the door's one round trip: the role (setting "role" is SET LOCAL ROLE) and what the door records. */
/**
 * A database error leaves the door scrubbed (db/safe-error.ts, review M7): Drizzle's message carries the
 * statement's parameters, which is a candidate's name and letter when an insert fails, and whatever
 * prints the error (Next, a log shipper) would keep them. Refused and every other error pass as they are.
 */
async function asRole<T>(role: DoorRole, label: string, enter: SQL, fn: (tx: Tx) => Promise<T>): Promise<T> {
  opened.set(label, (opened.get(label) ?? 0) + 1);
  try {
    return await db().transaction(async (tx) => {
      // One round trip: every transaction pays it, and under load each round trip waits for a core.
      await tx.execute(sql`select set_config('role', ${role}, true), ${enter}`);
      return fn(tx);
    });
  } catch (error) {
    throw scrubDatabaseError(error) ?? error;
  }
}

/**
 * Tenant work: RLS limits every statement to `ctx.tenantId`, whatever its WHERE says.
 * `ctx` is lib/tenancy/context's TenantCtx or MemberCtx; `userId` is the signed-in
 * member, absent for public candidate work.
 */
export function withTenant<T>(ctx: { readonly tenantId: string; readonly userId?: string }, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!ctx || !isUuid(ctx.tenantId)) {
    throw new Error('withTenant needs a tenant id');
  }
  if (ctx.userId !== undefined && !isUuid(ctx.userId)) throw new Error('withTenant: bad user id');
  // The door's record of tenant and member, which the policies read (drizzle/0012): door_enter refuses
  // a second, different tenant in the same transaction, so no statement can switch tenants mid-way.
  return asRole('app_runtime', 'tenant', sql`public.door_enter(${ctx.tenantId}::uuid, ${ctx.userId ?? null}::uuid)`, fn);
}

/** Platform work that belongs to no single tenant: one of the named purposes above. */
export async function withSystem<T>(purpose: SystemPurpose, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!(SYSTEM_PURPOSES as readonly string[]).includes(purpose)) throw new Error(`withSystem: unknown purpose ${purpose}`);
  return asRole('app_system', `system:${purpose}`, sql`set_config('app.purpose', ${purpose}, true)`, fn);
}
