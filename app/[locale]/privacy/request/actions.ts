'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { asLocale } from '@/i18n/paths';
import { publicFormAction } from '@/lib/actions/public-action';
import { correctionSchema } from '@/lib/candidate/correction';
import { PORTAL_COOKIE, portalCookieOptions, portalPaths } from '@/lib/candidate/links';
import { addCorrection, eraseFromPortal, openPortal, portalApplications } from '@/lib/candidate/portal';
import { requestCandidateLink } from '@/lib/candidate/request-link';
import { Refused } from '@/lib/errors';
import { setPortalProfileSharing } from '@/lib/profile/portal';
import { requestIp } from '@/lib/security/client-ip';

const locale = z.enum(['nb', 'en']).catch('nb');

/** The request form: the same answer whatever we hold (lib/candidate/request-link does the rest after the response). */
export const requestPortalLinkAction = publicFormAction(
  z.object({ email: z.string().trim().max(320).pipe(z.email()), locale }),
  async (input) => {
    await requestCandidateLink({ email: input.email, locale: input.locale, origin: 'form', clientIp: await requestIp() });
    redirect(portalPaths.requestSent(input.locale));
  },
  async (_codes, values) => redirect(portalPaths.requestCheck(asLocale(values.locale))),
);

/** The button on the link's page: the link is used up here (a GET would let mail scanners use it first). */
export const openPortalAction = publicFormAction(
  z.object({ token: z.string().max(200).catch(''), locale }),
  async (input) => {
    const session = await openPortal(input.token);
    if (!session) redirect(portalPaths.requestExpired(input.locale));
    (await cookies()).set(PORTAL_COOKIE, session, portalCookieOptions());
    redirect(portalPaths.portal(input.locale));
  },
  async (_codes, values) => redirect(portalPaths.requestExpired(asLocale(values.locale))),
);

async function portalSession(): Promise<string> {
  return (await cookies()).get(PORTAL_COOKIE)?.value ?? '';
}

/** Back to her page with what happened (the page has no other state: it works the same without JavaScript). */
function backToPortal(lang: 'nb' | 'en', query: Record<string, string>, anchor?: string): never {
  redirect(`${portalPaths.portal(lang)}?${new URLSearchParams(query)}${anchor ? `#${anchor}` : ''}`);
}

export const addCorrectionAction = publicFormAction(
  correctionSchema.extend({ locale }),
  async (input) => {
    try {
      await addCorrection(await portalSession(), input.tenantId, input.applicationId, input.body);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      if (error.code === 'portalSession') backToPortal(input.locale, {});
      backToPortal(input.locale, { error: error.code, app: input.applicationId }, `app-${input.applicationId}`);
    }
    backToPortal(input.locale, { done: 'correction', app: input.applicationId }, `app-${input.applicationId}`);
  },
  async (codes, values) => {
    const app = typeof values.applicationId === 'string' ? values.applicationId : '';
    backToPortal(asLocale(values.locale), { error: codes.body ?? 'correctionLength', app }, app ? `app-${app}` : undefined);
  },
);

/** Withdraw one application, or (scope=all) erase every one of hers; both need the ticked box. */
export const eraseAction = publicFormAction(
  z.object({ scope: z.enum(['one', 'all']), applicationId: z.string().max(40).default(''), confirm: z.literal('yes'), locale }),
  async (input) => {
    const session = await portalSession();
    const apps = await portalApplications(session);
    if (!apps) backToPortal(input.locale, {});
    const chosen = input.scope === 'all' ? apps : apps.filter((a) => a.id === input.applicationId);
    const erasable = chosen.filter((a) => !a.heldUntil);
    const erased = erasable.length ? await eraseFromPortal(session, erasable.map((a) => a.id)) : 0;
    if (input.scope === 'all') backToPortal(input.locale, erased === apps.length ? { erased: String(erased) } : { done: 'partly', count: String(erased) });
    backToPortal(input.locale, { done: erased ? 'withdrawn' : 'held' });
  },
  async (_codes, values) => backToPortal(asLocale(values.locale), {}),
);

/** Personprofilen from her page: share it with the employer, or withdraw (refused once the position is filled). */
export const portalProfileSharingAction = publicFormAction(
  z.object({ tenantId: z.string().max(40), applicationId: z.string().max(40), choice: z.enum(['share', 'withdraw']), locale }),
  async (input) => {
    try {
      await setPortalProfileSharing(await portalSession(), input.tenantId, input.applicationId, input.choice === 'share');
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      if (error.code === 'portalSession') backToPortal(input.locale, {});
      backToPortal(input.locale, { error: error.code === 'positionFilled' ? 'profileFilled' : 'profile', app: input.applicationId }, `app-${input.applicationId}`);
    }
    backToPortal(input.locale, { done: input.choice === 'share' ? 'profileShared' : 'profileWithdrawn', app: input.applicationId }, `app-${input.applicationId}`);
  },
  async (_codes, values) => backToPortal(asLocale(values.locale), {}),
);
