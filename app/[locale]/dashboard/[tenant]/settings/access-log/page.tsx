import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { withLocalePrefix } from '@/i18n/paths';
import { listAccessLog, staffInAccessLog, type AccessAction } from '@/lib/pipeline/access-log';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { listMembers } from '@/lib/tenancy/team';
import { FilterSelect } from '@/components/dashboard/filter-select';
import { StackedRow, StackedTable } from '@/components/dashboard/stacked-table';

type Props = PageProps<'/[locale]/dashboard/[tenant]/settings/access-log'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AccessLog' });
  return { title: t('title') };
}

const actions = ['view', 'preview', 'download', 'export', 'delete', 'staff_view', 'profile_view'] as const satisfies readonly AccessAction[];
const PAGE = 50;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** Who opened what, for owners. Read-only: the app has no way to change it. */
export default async function AccessLogPage({ params, searchParams }: Props) {
  const { locale, tenant } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const member = await requireMember(tenant, { role: 'owner' });
  const people = await asMember(member, (tx) => listMembers(tx, member));
  const userId = people.some((p) => p.userId === one(query.member)) ? one(query.member) : undefined;
  const action = actions.find((a) => a === one(query.action));
  const before = Number(one(query.before));
  const beforeId = Number.isSafeInteger(before) && before > 0 ? before : undefined;
  // Platform staff are not members (RLS hides their names): the database names those in this log, for owners.
  const [rows, staff] = await asMember(member, (tx) => Promise.all([listAccessLog(tx, member, { userId, action, beforeId, limit: PAGE }), staffInAccessLog(tx)]));
  const t = await getTranslations({ locale, namespace: 'AccessLog' });
  const ts = await getTranslations({ locale, namespace: 'StaffAccess' });
  const actionLabel = (a: AccessAction) => (a === 'staff_view' ? ts('action') : t(`actions.${a}`));
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const last = rows[rows.length - 1];
  const older = new URLSearchParams({ ...(userId ? { member: userId } : {}), ...(action ? { action } : {}), ...(last ? { before: String(last.id) } : {}) });

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('filter')}>
        <FilterSelect id="log-member" name="member" label={t('member')} value={userId} allLabel={t('allMembers')} options={people.map((p) => ({ value: p.userId, label: p.name || p.email }))} />
        <FilterSelect id="log-action" name="action" label={t('action')} value={action} allLabel={t('allActions')} options={actions.map((a) => ({ value: a, label: actionLabel(a) }))} />
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
          {t('show')}
        </button>
      </form>
      <StackedTable caption={t('title')} columns={[t('colWhen'), t('colMember'), t('colAction'), t('colApplication')]} empty={rows.length === 0 ? t('empty') : null}>
        {rows.map((r) => (
          <StackedRow key={r.id} data-log-action={r.action}>
            <th scope="row" className="p-2 font-normal">{format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'medium' })}</th>
            <td className="px-2 md:p-2">
              {r.userId && staff.has(r.userId) ? (
                <>
                  {staff.get(r.userId)} <span className="whitespace-nowrap rounded bg-accent-soft px-1.5 py-0.5 text-sm font-semibold text-accent-strong" data-testid="staff-label">{ts('label')}</span>
                </>
              ) : (
                (r.member ?? t('formerMember'))
              )}
            </td>
            <td className="px-2 md:p-2">
              {actionLabel(r.action)}
              {/* A staff opening's detail is its written reason (blanked with the rest when the application is erased). */}
              {r.detail && r.action === 'staff_view' ? <span className="block break-words text-sm text-muted">{ts('reason', { reason: r.detail })}</span> : null}
              {r.detail && r.action !== 'staff_view' ? <span className="block break-all text-sm text-muted">{r.detail}</span> : null}
            </td>
            <td className="px-2 md:p-2">
              {r.applicationId ? (
                <a href={`${base}/applications/${r.applicationId}`} className="text-accent underline underline-offset-2">
                  {t('openApplication')}
                </a>
              ) : (
                <span className="text-muted">{t('deleted')}</span>
              )}
            </td>
          </StackedRow>
        ))}
      </StackedTable>
      {rows.length === PAGE ? (
        <p>
          <a href={`${base}/settings/access-log?${older.toString()}`} className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 hover:border-accent">
            {t('older')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
