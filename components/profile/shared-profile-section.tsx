import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { SharedProfile } from '@/lib/profile/employer';
import { ProfileResults } from './profile-results';

/** The employer's view of a shared Personprofilen: the disclaimer first, then the five results with their descriptions. */
export async function SharedProfileSection({ profile, locale }: { profile: SharedProfile; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Profile' });
  const ti = await getTranslations({ locale, namespace: 'ProfileInstrument' });
  const format = await getFormatter({ locale });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="profile-heading" className="flex flex-col gap-4" data-testid="shared-profile">
      <h2 id="profile-heading" className="text-lg font-semibold">
        {t('employer.title')}
      </h2>
      <p className="max-w-2xl text-sm text-muted">{t('employer.lead', { completed: day(profile.completedAt), shared: day(profile.sharedAt) })}</p>
      <div className="max-w-2xl rounded-md border-l-4 border-accent bg-accent-soft p-4" data-testid="profile-disclaimer">
        <h3 className="font-semibold">{t('employer.disclaimerTitle')}</h3>
        <p className="mt-1">{ti('disclaimer')}</p>
      </div>
      <p className="max-w-2xl text-sm text-muted">{t('employer.addressed')}</p>
      <div className="max-w-2xl rounded-md border border-line bg-white p-4">
        <ProfileResults scores={profile.scores} locale={locale} headingLevel={3} />
      </div>
    </section>
  );
}
