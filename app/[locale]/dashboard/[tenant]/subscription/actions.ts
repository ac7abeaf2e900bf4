'use server';

import { z } from 'zod';
import { tenantAction } from '@/lib/actions/tenant-action';
import { cancelAtPeriodEnd, changePlan, extendSubscription, reactivateSubscription, updateBillingContact } from '@/lib/subscriptions/changes';
import { billingContactInput, confirmed } from '@/lib/subscriptions/input';

const tenant = z.string().min(1).max(48);
const confirm = z.object({ tenant, confirm: confirmed });

/** Owners only; each change is confirmed with a ticked box, recorded with its event, and invoiced afterwards. */
export const extendSubscriptionAction = tenantAction(confirm, { role: 'owner', okMessage: 'subscriptionExtended' }, (_input, member, tx) => extendSubscription(tx, member));

export const changePlanAction = tenantAction(confirm.extend({ plan: z.string().min(1).max(20) }), { role: 'owner', okMessage: 'planChanged' }, (input, member, tx) => changePlan(tx, member, input.plan));

export const cancelSubscriptionAction = tenantAction(confirm, { role: 'owner', okMessage: 'subscriptionCancelled' }, (_input, member, tx) => cancelAtPeriodEnd(tx, member));

export const reactivateSubscriptionAction = tenantAction(confirm, { role: 'owner', okMessage: 'subscriptionReactivated' }, (_input, member, tx) => reactivateSubscription(tx, member));

export const updateBillingContactAction = tenantAction(billingContactInput.extend({ tenant }), { role: 'owner', okMessage: 'billingSaved' }, (input, member, tx) =>
  updateBillingContact(tx, member, { billingName: input.billingName, billingEmail: input.billingEmail, invoiceReference: input.invoiceReference }),
);
