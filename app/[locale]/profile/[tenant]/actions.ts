'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { publicFormAction } from '@/lib/actions/public-action';
import { openProfileLink, saveProfilePage, setProfileSharing } from '@/lib/profile/candidate';
import { PAGE_COUNT } from '@/lib/profile/instrument';
import { profilePath } from '@/lib/profile/link';

const locale = z.enum(['nb', 'en']).catch('nb');
// The link as the page put it in the form; checked again here (lib/profile/candidate openProfileLink).
const link = { tenant: z.string().max(100), ref: z.string().max(20), sig: z.string().max(40), locale };

/** One page of answers: saved, then on to the next open page, the same page with what is missing, or the result. */
export const saveProfilePageAction = publicFormAction(
  // Loose: the answers arrive under the item ids, which lib/profile/answers.ts reads for this page only.
  z.looseObject({ ...link, page: z.coerce.number().int().min(1).max(PAGE_COUNT) }),
  async (input) => {
    const opened = await openProfileLink(input.tenant, input.ref, input.sig);
    if (!opened) notFound();
    const to = (extra: Record<string, string>) => redirect(profilePath(input.locale, opened.tenant.slug, input.ref, extra));
    const result = await saveProfilePage(opened.tenant, input.ref, input.page, input, input.locale);
    switch (result.kind) {
      case 'saved':
        return to(result.completed ? { done: 'completed' } : { saved: String(input.page) });
      case 'missing':
        return to({ page: String(input.page), missing: result.itemIds.join(',') });
      case 'invalid':
        return to({ page: String(input.page), error: 'invalid' });
      case 'locked':
        return to({ done: 'locked' });
      case 'notFound':
        notFound();
    }
  },
  async () => notFound(),
);

/** Her choice on the result page: share, keep it to herself (nothing to store), or withdraw. */
export const profileSharingAction = publicFormAction(
  z.object({ ...link, choice: z.enum(['share', 'keep', 'withdraw']) }),
  async (input) => {
    const opened = await openProfileLink(input.tenant, input.ref, input.sig);
    if (!opened) notFound();
    const to = (done: string) => redirect(profilePath(input.locale, opened.tenant.slug, input.ref, { done }));
    if (input.choice === 'keep') return to(opened.profile.completedAt ? 'kept' : 'notComplete');
    const result = await setProfileSharing(opened.tenant, input.ref, input.choice === 'share');
    if (result === 'notFound') notFound();
    return to(result);
  },
  async () => notFound(),
);
