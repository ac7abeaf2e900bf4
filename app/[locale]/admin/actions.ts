'use server';

import { redirect } from 'next/navigation';
import { withLocalePrefix } from '@/i18n/paths';
import { openApplicationAsStaff } from '@/lib/admin/access';
import { openApplicationInput } from '@/lib/admin/reason';
import { staffAction } from '@/lib/admin/staff-action';

/** Open an application with a written reason; the database logs it, then the page shows it (for 30 minutes). */
export const openApplicationAction = staffAction(openApplicationInput, async (input, staff, locale) => {
  await openApplicationAsStaff(staff, input.tenantId, input.applicationId, input.reason);
  redirect(withLocalePrefix(locale, `/admin/applications/${input.tenantId}/${input.applicationId}?opened=1`));
});
