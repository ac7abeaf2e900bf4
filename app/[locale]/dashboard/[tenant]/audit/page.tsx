import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listAudit } from '@/lib/auth/audit';
import { staffInAccessLog } from '@/lib/pipeline/access-log';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { listMembers } from '@/lib/tenancy/team';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/[tenant]/audit'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Audit' });
  return { title: t('title') };
}

export default async function AuditPage({ params }: PageProps<'/[locale]/dashboard/[tenant]/audit'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant, { role: 'owner' });
  const [events, people, staff] = await asMember(member, (tx) => Promise.all([listAudit(tx, member), listMembers(tx, member), staffInAccessLog(tx)]));
  // Platform staff who opened an application here are not members: the database names them for owners.
  const names = new Map([...[...staff].map(([id, name]): [string, string] => [id, name]), ...people.map((p): [string, string] => [p.userId, p.name || p.email])]);
  const t = await getTranslations({ locale, namespace: 'Audit' });
  const format = await getFormatter({ locale });
  return (
    <section className="flex flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>
      {events.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-line rounded-md border border-line bg-white text-sm">
          {events.map((e) => (
            <li key={e.id} className="grid gap-x-4 gap-y-0.5 p-3 md:grid-cols-[12rem_1fr_1fr]">
              <time dateTime={e.createdAt.toISOString()} className="text-muted">
                {format.dateTime(e.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}
              </time>
              <span className="font-medium">
                {t.has(`events.${e.event}`) ? t(`events.${e.event}` as 'events.sign_in') : e.event}
                {typeof e.detail.memberEmail === 'string' || (e.event === 'member_invited' && typeof e.detail.email === 'string') ? (
                  <span className="block break-all font-normal text-muted">{String(e.detail.memberEmail ?? e.detail.email)}</span>
                ) : null}
              </span>
              <span className="break-all">{(e.userId && names.get(e.userId)) || (typeof e.detail.email === 'string' ? e.detail.email : t('unknown'))}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
