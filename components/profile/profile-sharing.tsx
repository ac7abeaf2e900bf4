import { getFormatter, getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/forms/field';
import type { Locale } from '@/i18n/routing';
import { ProfileForm } from './profile-form';

type Link = { tenant: string; ref: string; sig: string; locale: Locale };

/** Her choice after the result: share with this employer or keep it; withdraw while the position is not filled. */
export async function ProfileSharing({
  locale,
  employer,
  link,
  sharedAt,
  positionFilled,
  history,
  action,
}: {
  locale: Locale;
  employer: string;
  link: Link;
  sharedAt: Date | null;
  positionFilled: boolean;
  history: { action: 'shared' | 'withdrawn'; at: Date }[];
  action: (prev: void, form: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: 'Profile' });
  const format = await getFormatter({ locale });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const hidden = (
    <>
      <input type="hidden" name="tenant" value={link.tenant} />
      <input type="hidden" name="ref" value={link.ref} />
      <input type="hidden" name="sig" value={link.sig} />
      <input type="hidden" name="locale" value={link.locale} />
    </>
  );
  return (
    <section aria-labelledby="profile-share" className="flex flex-col gap-3 rounded-lg border border-line bg-accent-soft p-5" data-testid="profile-sharing" data-shared={sharedAt ? 'yes' : 'no'}>
      <h2 id="profile-share" className="!mt-0 !mb-0 text-lg font-semibold">
        {t('share.title', { employer })}
      </h2>
      {sharedAt ? (
        <>
          <p>{t('share.isShared', { employer, at: when(sharedAt) })}</p>
          {positionFilled ? (
            <p className="text-muted">{t('share.filled')}</p>
          ) : (
            <ProfileForm action={action} link={{ ref: link.ref, sig: link.sig }} className="flex flex-col gap-2">
              {hidden}
              <p className="text-sm text-muted">{t('share.withdrawHint', { employer })}</p>
              <div>
                <SubmitButton tone="quiet" name="choice" value="withdraw">
                  {t('share.withdraw')}
                </SubmitButton>
              </div>
            </ProfileForm>
          )}
        </>
      ) : (
        <>
          <p>{t('share.lead', { employer })}</p>
          <p className="text-muted">{t('share.isNotShared', { employer })}</p>
          <ProfileForm action={action} link={{ ref: link.ref, sig: link.sig }} className="flex flex-col gap-2 sm:flex-row">
            {hidden}
            <SubmitButton name="choice" value="share">
              {t('share.share', { employer })}
            </SubmitButton>
            <SubmitButton tone="quiet" name="choice" value="keep">
              {t('share.keep')}
            </SubmitButton>
          </ProfileForm>
        </>
      )}
      {history.length ? (
        <div className="flex flex-col gap-1">
          <h3 className="!mt-0 text-sm font-semibold">{t('share.history')}</h3>
          <ul className="!list-none !pl-0 text-sm text-muted" data-testid="profile-sharing-history">
            {history.map((h, i) => (
              <li key={i}>{t(`share.${h.action}`, { at: when(h.at) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
