'use server';

import { z } from 'zod';
import { localeOfRequest } from '@/i18n/request-locale';
import { tenantAction } from '@/lib/actions/tenant-action';
import { inviteInput } from '@/lib/tenancy/invite-input';
import { roles } from '@/lib/tenancy/roles';
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from '@/lib/tenancy/team';

const tenant = z.string().min(1).max(48);
const uuid = z.uuid();

export const inviteMemberAction = tenantAction(
  inviteInput.extend({ tenant }),
  { role: 'owner', okMessage: 'invited' },
  async (input, member, tx) => inviteMember(tx, member, { email: input.email, role: input.role, language: (await localeOfRequest()).locale }),
);

export const changeMemberRoleAction = tenantAction(z.object({ tenant, userId: uuid, role: z.enum(roles) }), { role: 'owner', okMessage: 'roleChanged' }, (input, member, tx) =>
  changeMemberRole(tx, member, input.userId, input.role),
);

export const removeMemberAction = tenantAction(z.object({ tenant, userId: uuid }), { role: 'owner', okMessage: 'removed' }, (input, member, tx) => removeMember(tx, member, input.userId));

export const revokeInvitationAction = tenantAction(z.object({ tenant, invitationId: uuid }), { role: 'owner', okMessage: 'revoked' }, (input, member, tx) =>
  revokeInvitation(tx, member, input.invitationId),
);
