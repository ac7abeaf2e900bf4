'use server';

import { revalidateTenantPages } from '@/lib/careers/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { withLocalePrefix } from '@/i18n/paths';
import { openApplicationAsStaff } from '@/lib/admin/access';
import { openApplicationInput } from '@/lib/admin/reason';
import { staffAction } from '@/lib/admin/staff-action';
import { sendSupportLink, supportLinkInput } from '@/lib/admin/support-link';
import { changePlanAsStaff, extendAsStaff } from '@/lib/subscriptions/staff';
import { staffExtendInput, staffPlanInput } from '@/lib/subscriptions/staff-input';

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

/** A manual extension with a reason; back to the tenant's page, which shows the new end and the history line. */
export const staffExtendAction = staffAction(staffExtendInput, async (input, staff, locale) => {
  const after = await extendAsStaff(staff, input);
  revalidateTenantPages(after.tenantId, after.tenantSlug);
  redirect(withLocalePrefix(locale, `/admin/subscriptions/${input.tenantId}?adjusted=extend`));
});

/** A plan change with a reason; refused on the plan field when the tenant uses more than the plan allows. */
export const staffChangePlanAction = staffAction(staffPlanInput, async (input, staff, locale) => {
  const after = await changePlanAsStaff(staff, input);
  revalidateTenantPages(after.tenantId, after.tenantSlug);
  redirect(withLocalePrefix(locale, `/admin/subscriptions/${input.tenantId}?adjusted=plan`));
});
