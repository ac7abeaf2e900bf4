'use server';

import { z } from 'zod';
import { tenantAction } from '@/lib/actions/tenant-action';
import { legalHoldInput, retentionSettingsInput } from '@/lib/retention/input';
import { releaseLegalHold, setLegalHold, updateRetentionSettings } from '@/lib/retention/settings';

const tenant = z.string().min(1).max(48);

/** Owners change the retention periods; the database refuses anyone else (drizzle/0031 set_retention_settings). */
export const updateRetentionSettingsAction = tenantAction(retentionSettingsInput.extend({ tenant }), { role: 'owner', okMessage: 'retentionSaved' }, (input, member, tx) =>
  updateRetentionSettings(tx, member, { retentionDays: input.retentionDays, unfilledCapDays: input.unfilledCapDays }),
);

/** A legal hold on a job or one application (exactly one of the ids), owners only, checked again in SQL. */
const holdSchema = legalHoldInput
  .extend({ tenant, jobId: z.uuid().optional(), applicationId: z.uuid().optional() })
  .refine((v) => (v.jobId === undefined) !== (v.applicationId === undefined), { error: 'not_found', path: ['reason'] });

export const setLegalHoldAction = tenantAction(holdSchema, { role: 'owner', okMessage: 'holdSet' }, async (input, member, tx) => {
  const target = input.jobId ? { jobId: input.jobId } : { applicationId: input.applicationId! };
  await setLegalHold(tx, member, target, { reason: input.reason, until: input.until });
});

export const releaseLegalHoldAction = tenantAction(z.object({ tenant, holdId: z.uuid() }), { role: 'owner', okMessage: 'holdReleased' }, (input, member, tx) => releaseLegalHold(tx, member, input.holdId));
