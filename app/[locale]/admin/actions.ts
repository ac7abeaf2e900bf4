'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { withLocalePrefix } from '@/i18n/paths';
import { openApplicationAsStaff } from '@/lib/admin/access';
import { openApplicationInput } from '@/lib/admin/reason';
import { staffAction } from '@/lib/admin/staff-action';
import { sendSupportLink, supportLinkInput } from '@/lib/admin/support-link';

/** Open an application with a written reason; the database logs it, then the page shows it (for 30 minutes). */
export const openApplicationAction = staffAction(openApplicationInput, async (input, staff, locale) => {
  await openApplicationAsStaff(staff, input.tenantId, input.applicationId, input.reason);
  redirect(withLocalePrefix(locale, `/admin/applications/${input.tenantId}/${input.applicationId}?opened=1`));
});

/** The support route: the candidate's own link to the address she wrote from; the same answer whatever we hold. */
export const sendSupportLinkAction = staffAction(supportLinkInput, async (input, staff, locale) => {
  await sendSupportLink(staff, input);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { status: 'ok', message: t('supportSent') };
});
