'use server';

import { z } from 'zod';
import { roles } from '@/db/schema';
import { requestPath } from '@/lib/auth/session';
import { settings } from '@/lib/settings/env';
import { tenantAction } from '@/lib/tenancy/guard';
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from '@/lib/tenancy/team';

const tenant = z.string().min(1).max(48);
const uuid = z.uuid();

export const inviteMemberAction = tenantAction(
  z.object({ tenant, email: z.email({ error: 'emailInvalid' }).max(320), role: z.enum(roles) }),
  { role: 'owner', okMessage: 'invited' },
  async (input, ctx, tx) => {
    const { locale } = await requestPath();
    await inviteMember(tx, ctx, { userId: ctx.userId }, { email: input.email, role: input.role, language: locale, appUrl: settings().APP_URL });
  },
);

export const changeMemberRoleAction = tenantAction(
  z.object({ tenant, userId: uuid, role: z.enum(roles) }),
  { role: 'owner', okMessage: 'roleChanged' },
  (input, ctx, tx) => changeMemberRole(tx, ctx.tenantId, ctx.userId, input.userId, input.role),
);

export const removeMemberAction = tenantAction(
  z.object({ tenant, userId: uuid }),
  { role: 'owner', okMessage: 'removed' },
  (input, ctx, tx) => removeMember(tx, ctx.tenantId, ctx.userId, input.userId),
);

export const revokeInvitationAction = tenantAction(
  z.object({ tenant, invitationId: uuid }),
  { role: 'owner', okMessage: 'revoked' },
  (input, ctx, tx) => revokeInvitation(tx, ctx.tenantId, input.invitationId),
);
