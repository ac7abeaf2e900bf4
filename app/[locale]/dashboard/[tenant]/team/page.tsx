import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/forms/field';
import { StoredSelect } from '@/components/forms/select';
import { failureMessageKey } from '@/lib/email/failures';
import { roles } from '@/lib/tenancy/roles';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { listMembers, listPendingInvitations } from '@/lib/tenancy/team';
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/[tenant]/team'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Team' });
  return { title: t('title') };
}

const selectClass = 'min-h-11 rounded-md border border-muted bg-white px-2';

export default async function TeamPage({ params }: PageProps<'/[locale]/dashboard/[tenant]/team'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  // Owners only: for anyone else this page does not exist.
  const member = await requireMember(tenant, { role: 'owner' });
  const [people, pending] = await asMember(member, (tx) => Promise.all([listMembers(tx, member), listPendingInvitations(tx, member)]));
  const t = await getTranslations({ locale, namespace: 'Team' });
  const td = await getTranslations({ locale, namespace: 'Dashboard' });
  const te = await getTranslations({ locale, namespace: 'EmailDelivery' });
  const format = await getFormatter({ locale });

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t('members')}
        </h2>
        <ul className="mt-2 divide-y divide-line rounded-md border border-line bg-white">
          {people.map((p) => {
            const label = p.name || p.email;
            const self = p.userId === member.userId;
            return (
              <li key={p.userId} className="flex flex-col gap-2 p-3 md:flex-row md:items-center md:justify-between" data-member={p.email}>
                <div className="min-w-0">
                  <p className="font-semibold">
                    {label} {self ? <span className="font-normal text-muted">{t('you')}</span> : null}
                  </p>
                  <p className="break-all text-sm text-muted">{p.email}</p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <ActionForm action={changeMemberRoleAction} id={`role-${p.userId}`} tenant={member.tenantSlug} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="userId" value={p.userId} />
                    <label htmlFor={`role-select-${p.userId}`} className="sr-only">
                      {t('role')}
                    </label>
                    <StoredSelect id={`role-select-${p.userId}`} name="role" defaultValue={p.role} className={selectClass}>
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {td(`roles.${r}`)}
                        </option>
                      ))}
                    </StoredSelect>
                    {/* The name starts with the visible text (WCAG 2.5.3); whose role it is follows for screen readers. */}
                    <SubmitButton tone="quiet">
                      {t('changeRole')}
                      <span className="sr-only"> {t('changeRoleFor', { name: label })}</span>
                    </SubmitButton>
                  </ActionForm>
                  <ActionForm action={removeMemberAction} id={`remove-${p.userId}`} tenant={member.tenantSlug} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="userId" value={p.userId} />
                    <SubmitButton tone="danger" title={t('removeHint', { name: label })}>
                      {t('remove', { name: label })}
                    </SubmitButton>
                  </ActionForm>
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="invite-heading" className="max-w-xl">
        <h2 id="invite-heading" className="text-lg font-semibold">
          {t('invite')}
        </h2>
        <p className="text-sm text-muted">{t('inviteLead')}</p>
        <ActionForm action={inviteMemberAction} id="invite" tenant={member.tenantSlug} className="mt-3 flex flex-col gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="invite-email" className="font-medium">
              {t('inviteEmail')}
            </label>
            <input id="invite-email" name="email" type="email" autoComplete="off" required className="min-h-11 rounded-md border border-muted bg-white px-3" />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="invite-role" className="font-medium">
              {t('inviteRole')}
            </label>
            <select id="invite-role" name="role" defaultValue="recruiter" className={selectClass}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {td(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <SubmitButton>{t('inviteSubmit')}</SubmitButton>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-lg font-semibold">
          {t('pending')}
        </h2>
        {pending.length === 0 ? (
          <p className="text-muted">{t('pendingEmpty')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-line rounded-md border border-line bg-white">
            {pending.map((i) => (
              <li key={i.id} className="flex flex-col gap-2 p-3 md:flex-row md:items-center md:justify-between">
                <div className="min-w-0">
                  <p className="break-all font-medium">{i.email}</p>
                  <p className="text-sm text-muted">
                    {td(`roles.${i.role}`)} · {t('expires', { date: format.dateTime(i.expiresAt, { dateStyle: 'medium' }) })}
                  </p>
                  {i.deliveryFailure ? (
                    <p className="mt-1 text-sm font-medium text-danger" data-delivery-failure={i.deliveryFailure}>
                      {te(`invitation.${failureMessageKey(i.deliveryFailure)}`)}
                    </p>
                  ) : null}
                </div>
                <ActionForm action={revokeInvitationAction} id={`revoke-${i.id}`} tenant={member.tenantSlug}>
                  <input type="hidden" name="invitationId" value={i.id} />
                  <SubmitButton tone="quiet">{t('revoke', { email: i.email })}</SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
