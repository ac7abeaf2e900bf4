import 'server-only';
import { revalidatePath } from 'next/cache';
import { forbidden, notFound } from 'next/navigation';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/doors';
import { localeOfRequest } from '@/i18n/request-locale';
import { requireIdentity } from '@/lib/auth/session';
import type { MemberCtx } from '@/lib/tenancy/context';
import { memberOf } from '@/lib/tenancy/member';
import type { Role } from '@/lib/tenancy/roles';
import type { ActionState } from './action-state';
import { formObject, issuesByField } from './form';
import { dashboardErrors, invalidState, messageFor, refusalState } from './refusal';

type TenantSchema = z.ZodType<{ tenant: string }>;

interface Options<R> {
  /** Owners only: a recruiter gets 403 with its own page. */
  role?: Role;
  /** Message key (DashboardErrors) shown when it went through. */
  okMessage?: string;
  /** After the commit: e.g. redirect to what was created. */
  then?: (result: NoInfer<R>, member: MemberCtx) => void | Promise<void>;
}

/**
 * The wrapper for every dashboard server action, in this order: the session
 * (idle, absolute, version), the form through zod, membership of the tenant
 * in the form from the database (none → 404), the role (too little → 403),
 * the field errors, then the body in the tenant door, revalidation, and the
 * `then` step after commit. A Refused from the body is mapped in one place
 * (lib/actions/refusal.ts).
 *
 * `door: 'none'`: the body gets the checked member without a tenant
 * transaction, for work that opens its own privileged door (erasure).
 */
export function tenantAction<S extends TenantSchema, R>(
  schema: S,
  opts: Options<R> & { door?: 'tenant' },
  body: (input: z.infer<S>, member: MemberCtx, tx: Tx) => Promise<R>,
): (prev: ActionState, form: FormData) => Promise<ActionState>;
export function tenantAction<S extends TenantSchema, R>(
  schema: S,
  opts: Options<R> & { door: 'none' },
  body: (input: z.infer<S>, member: MemberCtx) => Promise<R>,
): (prev: ActionState, form: FormData) => Promise<ActionState>;
export function tenantAction<S extends TenantSchema, R>(
  schema: S,
  opts: Options<R> & { door?: 'tenant' | 'none' },
  body: (input: z.infer<S>, member: MemberCtx, tx: Tx) => Promise<R>,
) {
  return async (_prev: ActionState, received: FormData): Promise<ActionState> => {
    const { claims, person } = await requireIdentity();
    const values = formObject(received);
    const { locale } = await localeOfRequest();
    const member = memberOf(person, claims.uid, typeof values.tenant === 'string' ? values.tenant : '');
    if (!member) notFound();
    if (opts.role === 'owner' && member.role !== 'owner') forbidden();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalidState(issuesByField(parsed.error), locale);
    let result: R;
    try {
      result = opts.door === 'none' ? await (body as (i: z.infer<S>, m: MemberCtx) => Promise<R>)(parsed.data, member) : await withTenant(member, (tx) => body(parsed.data, member, tx));
    } catch (error) {
      return refusalState(error, locale, member.tenantSlug);
    }
    revalidatePath('/[locale]/dashboard/[tenant]', 'layout');
    await opts.then?.(result, member);
    return { status: 'ok', message: opts.okMessage ? messageFor(await dashboardErrors(locale), opts.okMessage) : '' };
  };
}
