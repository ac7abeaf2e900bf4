import { and, eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { forbidden, notFound } from 'next/navigation';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { withSystem, withTenant } from '@/db/doors';
import { memberships, tenants, type Role } from '@/db/schema';
import { getTranslations } from 'next-intl/server';
import { requestPath, requireSession } from '@/lib/auth/session';
import type { SessionClaims } from '@/lib/auth/session-policy';

export interface MemberContext {
  readonly tenantId: string;
  readonly tenantSlug: string;
  readonly tenantName: string;
  readonly userId: string;
  readonly role: Role;
  readonly claims: SessionClaims;
}

const slugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/);

/** Membership of a person in a tenant, read from the database (never from the token). */
export async function findMembership(slug: string, userId: string, handle?: Db) {
  if (!slugSchema.safeParse(slug).success) return null;
  const rows = await withSystem(
    'membership check',
    (tx) =>
      tx
        .select({ tenantId: tenants.id, tenantSlug: tenants.slug, tenantName: tenants.name, role: memberships.role })
        .from(memberships)
        .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
        .where(and(eq(tenants.slug, slug), eq(memberships.userId, userId))),
    handle,
  );
  return rows[0] ?? null;
}

/**
 * For pages: signed in (idle, absolute and version checked), a member of this
 * tenant in the database, and, when asked, an owner. Anything else is the same
 * 404 as a tenant that does not exist.
 */
export async function requireMember(slug: string, opts: { role?: Role } = {}): Promise<MemberContext> {
  const claims = await requireSession();
  const membership = await findMembership(slug, claims.uid);
  if (!membership) notFound();
  if (opts.role === 'owner' && membership.role !== 'owner') notFound();
  return { ...membership, userId: claims.uid, claims };
}

/** Run tenant reads for a page inside the RLS door. */
export function asMember<T>(ctx: MemberContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant({ tenantId: ctx.tenantId, userId: ctx.userId }, fn);
}

import type { ActionState } from '@/lib/actions/action-state';
export type { ActionState } from '@/lib/actions/action-state';

/** Server actions are public endpoints: anything may arrive as the form. */
function asFormData(value: unknown): FormData {
  const v = value as FormData | null | undefined;
  return v && typeof v.get === 'function' && typeof v.entries === 'function' ? v : new FormData();
}

export { idleState } from '@/lib/actions/action-state';

/** A refusal the action body can throw to end with a message (e.g. "the last owner stays"). */
export class ActionRefused extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
  ) {
    super(code);
  }
}

/**
 * The one wrapper for every dashboard server action: parse the form with zod,
 * load and check the session, check membership and role in the database, then
 * run the body in withTenant. Not a member → 404 (notFound), too little role
 * for a change → 403 (forbidden) with a clear message.
 */
export function tenantAction<S extends z.ZodObject<{ tenant: z.ZodString }>, R extends Record<string, unknown> | void>(
  schema: S,
  opts: { role?: Role; okMessage?: string },
  fn: (input: z.infer<S>, ctx: MemberContext, tx: Tx) => Promise<R>,
) {
  return async (_prev: ActionState, received: FormData): Promise<ActionState> => {
    const claims = await requireSession();
    // Server actions are public endpoints: anything may arrive here.
    const formData = asFormData(received);
    const { locale } = await requestPath();
    const t = await getTranslations({ locale, namespace: 'DashboardErrors' });
    const parsed = schema.safeParse(Object.fromEntries(formData));
    const slug = typeof formData.get('tenant') === 'string' ? String(formData.get('tenant')) : '';
    const membership = await findMembership(slug, claims.uid);
    if (!membership) notFound();
    // A change the role does not allow: 403 with its own page (app/[locale]/forbidden.tsx).
    if (opts.role === 'owner' && membership.role !== 'owner') forbidden();
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= t.has(issue.message as 'forbidden') ? t(issue.message as 'forbidden') : t('fieldInvalid');
      return { status: 'invalid', fieldErrors, message: t('invalid') };
    }
    const ctx: MemberContext = { ...membership, userId: claims.uid, claims };
    try {
      const data = await withTenant({ tenantId: ctx.tenantId, userId: ctx.userId }, (tx) => fn(parsed.data, ctx, tx));
      revalidatePath('/[locale]/dashboard/[tenant]', 'layout');
      return { status: 'ok', message: opts.okMessage ? t(opts.okMessage as 'saved') : '', data: data ?? undefined };
    } catch (error) {
      if (error instanceof ActionRefused) {
        if (error.code === 'not_found') notFound();
        const message = t.has(error.code as 'forbidden') ? t(error.code as 'forbidden') : t('failed');
        return error.field ? { status: 'invalid', fieldErrors: { [error.field]: message }, message } : { status: 'error', message };
      }
      throw error;
    }
  };
}

/**
 * The same wrapper for a person's own account (no tenant): parse, load and
 * check the session (version against the database), then run the body.
 */
export function userAction<S extends z.ZodObject, R extends ActionState>(
  schema: S,
  fn: (input: z.infer<S>, claims: SessionClaims) => Promise<R>,
  opts: { allowPendingMfa?: boolean; revalidate?: boolean } = {},
) {
  return async (_prev: ActionState, received: FormData): Promise<ActionState> => {
    const claims = await requireSession({ allowPendingMfa: opts.allowPendingMfa });
    const formData = asFormData(received);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      const { locale } = await requestPath();
      const t = await getTranslations({ locale, namespace: 'DashboardErrors' });
      return { status: 'invalid', fieldErrors: {}, message: t('invalid') };
    }
    const result = await fn(parsed.data, claims);
    if (opts.revalidate !== false) revalidatePath('/[locale]/dashboard', 'layout');
    return result;
  };
}
