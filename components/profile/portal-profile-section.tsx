import { getFormatter, getTranslations } from 'next-intl/server';
import { FormMessage, SubmitButton } from '@/components/forms/field';
import { PostForm } from '@/components/forms/post-form';
import { profilePath } from '@/lib/profile/link';
import type { PortalProfile } from '@/lib/profile/portal';

/** Personprofilen on her portal page: where it stands, the way back to it, and sharing or withdrawing from here. */
export async function PortalProfileSection({ profile, locale, action, error }: { profile: PortalProfile; locale: 'nb' | 'en'; action: (prev: void, form: FormData) => Promise<void>; error: string }) {
  const t = await getTranslations({ locale, namespace: 'Profile' });
  const format = await getFormatter({ locale });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const complete = Boolean(profile.completedAt && profile.scores);
  return (
    <section aria-labelledby={`profile-${profile.applicationId}`} className="flex flex-col gap-2" data-testid="portal-profile" data-shared={profile.sharedAt ? 'yes' : 'no'}>
      <h3 id={`profile-${profile.applicationId}`} className="font-semibold">
        {t('portal.title')}
      </h3>
      {error ? <FormMessage tone="error">{error === 'profileFilled' ? t('portal.filled') : t('done.notComplete')}</FormMessage> : null}
      {!complete ? <p>{t('portal.notFinished')}</p> : <p>{profile.sharedAt ? t('portal.isShared', { at: when(profile.sharedAt) }) : t('portal.isNotShared')}</p>}
      {profile.sharing.length ? (
        <ul className="text-sm text-muted">
          {profile.sharing.map((s, i) => (
            <li key={i}>{t(`share.${s.action}`, { at: when(s.at) })}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={profilePath(locale, profile.tenantSlug, profile.reference)} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('portal.open')}
        </a>
      </p>
      {complete && !(profile.sharedAt && profile.positionFilled) ? (
        <PostForm action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="tenantId" value={profile.tenantId} />
          <input type="hidden" name="applicationId" value={profile.applicationId} />
          <input type="hidden" name="choice" value={profile.sharedAt ? 'withdraw' : 'share'} />
          <SubmitButton tone="quiet">{profile.sharedAt ? t('portal.withdraw') : t('portal.share')}</SubmitButton>
        </PostForm>
      ) : null}
      {complete && profile.sharedAt && profile.positionFilled ? <p className="text-sm text-muted">{t('portal.filled')}</p> : null}
    </section>
  );
}
