import { z } from 'zod';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { roles } from './roles';

/**
 * An owner's invitation as the form sends it. The address is kept with the
 * invitation and shown to the team, so like every free-text field it may not
 * carry a national-id, card or account number (review L6). Error messages are
 * keys in DashboardErrors.
 */
export const inviteInput = z.object({
  email: z
    .email({ error: 'emailInvalid' })
    .max(320)
    .refine((v) => findSensitiveNumber(v) === null, { error: 'sensitiveNumber' }),
  role: z.enum(roles),
});
