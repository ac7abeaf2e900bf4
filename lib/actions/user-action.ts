import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { localeOfRequest } from '@/i18n/request-locale';
import type { Locale } from '@/i18n/routing';
import { requireSession } from '@/lib/auth/session';
import type { SessionClaims } from '@/lib/auth/session-policy';
import type { ActionState } from './action-state';
import { formObject, issuesByField } from './form';
import { invalidState, refusalState } from './refusal';

/**
 * The wrapper for a person's own account (no tenant): the session (version
 * against the database), the form through zod, then the body, which answers
 * with its own state. A Refused is mapped as in tenantAction.
 */
export function userAction<S extends z.ZodType, R extends ActionState>(
  schema: S,
  body: (input: z.infer<S>, claims: SessionClaims, locale: Locale) => Promise<R>,
  opts: { allowPendingMfa?: boolean; revalidate?: boolean } = {},
) {
  return async (_prev: ActionState, received: FormData): Promise<ActionState> => {
    const claims = await requireSession({ allowPendingMfa: opts.allowPendingMfa });
    const { locale } = await localeOfRequest();
    const parsed = schema.safeParse(formObject(received));
    if (!parsed.success) return invalidState(issuesByField(parsed.error), locale);
    let result: R;
    try {
      result = await body(parsed.data, claims, locale);
    } catch (error) {
      return refusalState(error, locale);
    }
    if (opts.revalidate !== false) revalidatePath('/[locale]/dashboard', 'layout');
    return result;
  };
}
