import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FormMessage } from '@/components/forms/field';
import { LetterPage } from '@/components/layout/letter-page';
import { ProfileQuestions } from '@/components/profile/profile-questions';
import { ProfileMethodNote, ProfileResults } from '@/components/profile/profile-results';
import { ProfileSharing } from '@/components/profile/profile-sharing';
import { asLocale } from '@/i18n/paths';
import { openProfileLink, profileSharingHistory } from '@/lib/profile/candidate';
import { isItemId, PAGE_COUNT, type ItemId } from '@/lib/profile/instrument';
import { profileSharingAction, saveProfilePageAction } from './actions';

type Props = PageProps<'/[locale]/profile/[tenant]'>;

// Her own page: rendered per request with the per-request CSP nonce (lib/security/headers NONCE_PATHS), never
// cached (middleware marks it private), never indexed.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Profile' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/**
 * Personprofilen at its one signed address: the first unfinished page (or an earlier one she went back to), and
 * once every statement is answered her result with the choice to share it. A forged or foreign link is the
 * ordinary 404 (middleware answers it first; this checks again).
 */
export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale: rawLocale, tenant: tenantSlug } = await params;
  const locale = asLocale(rawLocale);
  setRequestLocale(locale);
  const query = await searchParams;
  const ref = one(query.ref);
  const sig = one(query.sig);
  const opened = await openProfileLink(tenantSlug, ref, sig);
  if (!opened) notFound();
  const { tenant, profile } = opened;
  const t = await getTranslations({ locale, namespace: 'Profile' });
  const format = await getFormatter({ locale });
  const employer = tenant.name;
  const done = one(query.done);
  const link = { tenant: tenant.slug, ref, sig, locale };

  if (profile.completedAt && profile.scores) {
    const history = await profileSharingHistory(tenant, profile.applicationId);
    const notices: Record<string, { tone: 'ok' | 'info'; text: string }> = {
      completed: { tone: 'ok', text: t('done.completed') },
      locked: { tone: 'info', text: t('locked') },
      shared: { tone: 'ok', text: t('done.shared', { employer }) },
      withdrawn: { tone: 'ok', text: t('done.withdrawn', { employer }) },
      kept: { tone: 'ok', text: t('done.kept') },
      positionFilled: { tone: 'info', text: t('done.positionFilled') },
    };
    const notice = notices[done];
    return (
      <LetterPage title={t('result.title')} lead={t('lead', { job: profile.jobTitle, employer })}>
        <div className="mt-6 flex flex-col gap-8">
          {notice ? (
            <div data-testid="profile-notice">
              <FormMessage tone={notice.tone}>{notice.text}</FormMessage>
            </div>
          ) : null}
          <p>{t('result.lead')}</p>
          <ProfileResults scores={profile.scores} locale={locale} />
          <ProfileSharing locale={locale} employer={employer} link={link} sharedAt={profile.sharedAt} positionFilled={profile.positionFilled} history={history} action={profileSharingAction} />
          <ProfileMethodNote locale={locale} />
          <p className="text-sm text-muted">{t('result.completed', { at: format.dateTime(profile.completedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
        </div>
      </LetterPage>
    );
  }

  // Where she is: the first open page, or an earlier page she asked for (never a later one: pages go in order).
  const open = profile.openPage ?? PAGE_COUNT;
  const asked = Number(one(query.page));
  const page = Number.isInteger(asked) && asked >= 1 && asked <= open ? asked : open;
  const missing = one(query.missing)
    .split(',')
    .filter((id): id is ItemId => isItemId(id));
  const error = one(query.error) === 'invalid';
  const saved = Number(one(query.saved));
  const started = Object.keys(profile.answers).length > 0;

  return (
    <LetterPage title={t('title')} lead={t('lead', { job: profile.jobTitle, employer })}>
      <div className="mt-6 flex flex-col gap-6">
        {!started && page === 1 ? (
          <div className="flex flex-col gap-3" data-testid="profile-intro">
            <p>{t('intro.what')}</p>
            <p>{t('intro.voluntary')}</p>
            <p>{t('intro.private', { employer })}</p>
          </div>
        ) : null}
        {saved >= 1 && saved <= PAGE_COUNT && !missing.length && !error ? <FormMessage tone="ok">{t('saved', { page: saved })}</FormMessage> : null}
        <ProfileQuestions locale={locale} page={page} answers={profile.answers} missing={missing} invalid={error} link={link} action={saveProfilePageAction} />
      </div>
    </LetterPage>
  );
}
