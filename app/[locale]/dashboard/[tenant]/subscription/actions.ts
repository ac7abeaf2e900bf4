'use server';

import { z } from 'zod';
import { tenantAction } from '@/lib/actions/tenant-action';
import { revalidateTenantPages } from '@/lib/careers/cache';
import type { MemberCtx } from '@/lib/tenancy/context';
import { cancelAtPeriodEnd, changePlan, extendSubscription, reactivateSubscription, updateBillingContact } from '@/lib/subscriptions/changes';
import { billingContactInput, confirmed } from '@/lib/subscriptions/input';

const tenant = z.string().min(1).max(48);
const confirm = z.object({ tenant, confirm: confirmed });

/** Out of expiry, the jobs it took down are published again (lib/subscriptions/lifecycle): the career pages follow. */
const careerPagesFollow = (_result: unknown, member: MemberCtx) => revalidateTenantPages(member.tenantId, member.tenantSlug);

/** Owners only; each change is confirmed with a ticked box, recorded with its event, and invoiced afterwards. */
export const extendSubscriptionAction = tenantAction(confirm, { role: 'owner', okMessage: 'subscriptionExtended', then: careerPagesFollow }, (_input, member, tx) => extendSubscription(tx, member));

export const changePlanAction = tenantAction(confirm.extend({ plan: z.string().min(1).max(20) }), { role: 'owner', okMessage: 'planChanged', then: careerPagesFollow }, (input, member, tx) => changePlan(tx, member, input.plan));

export const cancelSubscriptionAction = tenantAction(confirm, { role: 'owner', okMessage: 'subscriptionCancelled' }, (_input, member, tx) => cancelAtPeriodEnd(tx, member));

export const reactivateSubscriptionAction = tenantAction(confirm, { role: 'owner', okMessage: 'subscriptionReactivated', then: careerPagesFollow }, (_input, member, tx) => reactivateSubscription(tx, member));

export const updateBillingContactAction = tenantAction(billingContactInput.extend({ tenant }), { role: 'owner', okMessage: 'billingSaved' }, (input, member, tx) =>
  updateBillingContact(tx, member, { billingName: input.billingName, billingEmail: input.billingEmail, invoiceReference: input.invoiceReference }),
);
