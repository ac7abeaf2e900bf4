import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { FormMessage, SubmitButton } from '@/components/forms/field';
import { PostForm } from '@/components/forms/post-form';
import { LetterPage } from '@/components/layout/letter-page';
import { asLocale } from '@/i18n/paths';
import { PORTAL_COOKIE, portalPaths } from '@/lib/candidate/links';
import { CORRECTION_MAX, portalApplications, type PortalApplication } from '@/lib/candidate/portal';
import { formatDay } from '@/lib/time/oslo';
import { PortalProfileSection } from '@/components/profile/portal-profile-section';
import { portalProfiles, type PortalProfile } from '@/lib/profile/portal';
import { addCorrectionAction, eraseAction, portalProfileSharingAction } from '../actions';

type Props = PageProps<'/[locale]/privacy/request/mine'>;

// Her own pages keep the per-request CSP nonce (lib/security/headers NONCE_PATHS): rendered per request, never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Portal' });
  return { title: t('mineTitle'), robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const link = 'inline-flex min-h-11 items-center text-accent underline underline-offset-2';

/** Her page: every application with her address, in every tenant, read through the portal's definer functions. */
export default async function PortalPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Portal' });
  const session = (await cookies()).get(PORTAL_COOKIE)?.value;
  const apps = await portalApplications(session);
  const profiles = apps?.length ? ((await portalProfiles(session)) ?? []) : [];

  if (!apps) {
    // Erasing everything, or withdrawing the last application, leaves nothing to show and ends the page: say what
    // happened rather than that the page timed out.
    const erased = one(query.erased) ? t('erasedAll') : one(query.done) === 'withdrawn' ? t('done.withdrawn') : null;
    return (
      <LetterPage title={erased ? t('mineTitle') : t('closedTitle')}>
        <div className="mt-6 flex flex-col gap-4" data-testid="portal-closed">
          <FormMessage tone={erased ? 'ok' : 'info'}>{erased ?? t('closed')}</FormMessage>
          <p>
            <a href={portalPaths.request(locale)} className={link}>
              {erased ? t('backToRequest') : t('again')}
            </a>
          </p>
        </div>
      </LetterPage>
    );
  }

  const done = one(query.done);
  const error = one(query.error);
  const errorApp = one(query.app);
  return (
    <LetterPage title={t('mineTitle')} lead={t('mineLead')}>
      <div className="mt-6 flex flex-col gap-6">
        {done ? (
          <FormMessage tone={done === 'held' ? 'info' : 'ok'}>{done === 'partly' ? t('done.partly', { count: Number(one(query.count)) || 0 }) : t(`done.${['correction', 'withdrawn', 'held', 'profileShared', 'profileWithdrawn'].includes(done) ? done : 'withdrawn'}`)}</FormMessage>
        ) : null}
        {apps.length === 0 ? (
          <p data-testid="portal-empty">{t('none')}</p>
        ) : (
          <>
            <p className="flex flex-col gap-1">
              <a href={portalPaths.export(locale)} download className="inline-flex min-h-11 w-fit items-center rounded-md bg-accent px-4 font-semibold !text-white !no-underline hover:bg-accent-strong">
                {t('downloadAll')}
              </a>
              <span className="text-sm text-muted">{t('downloadAllHint')}</span>
            </p>
            <ul className="flex !list-none flex-col gap-6 !pl-0">
              {apps.map((a) => (
                <ApplicationCard key={a.id} a={a} locale={locale} error={errorApp === a.id ? error : ''} profile={profiles.find((p) => p.tenantId === a.tenantId && p.applicationId === a.id)} />
              ))}
            </ul>
            <section aria-labelledby="erase-all" className="flex flex-col gap-2">
              <h2 id="erase-all">{t('eraseAllTitle')}</h2>
              <p>{t('eraseAllWhat', { count: apps.length })}</p>
              <ConfirmForm scope="all" locale={locale} confirm={t('eraseAllConfirm')} submit={t('eraseAllSubmit')} summary={t('eraseAllTitle')} />
            </section>
          </>
        )}
      </div>
    </LetterPage>
  );
}

/** Two steps without JavaScript: open the box, tick that you mean it, then send. */
function ConfirmForm({ scope, applicationId, locale, confirm, submit, summary }: { scope: 'one' | 'all'; applicationId?: string; locale: 'nb' | 'en'; confirm: string; submit: string; summary: string }) {
  return (
    <details className="rounded-md border border-danger bg-white p-4">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-danger">{summary}</summary>
      <PostForm action={eraseAction} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="scope" value={scope} />
        {applicationId ? <input type="hidden" name="applicationId" value={applicationId} /> : null}
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" required className="size-5 shrink-0" />
          {confirm}
        </label>
        <div>
          <SubmitButton tone="danger">{submit}</SubmitButton>
        </div>
      </PostForm>
    </details>
  );
}

async function ApplicationCard({ a, locale, error, profile }: { a: PortalApplication; locale: 'nb' | 'en'; error: string; profile?: PortalProfile }) {
  const t = await getTranslations({ locale, namespace: 'Portal' });
  const format = await getFormatter({ locale });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const field = `correction-${a.id}`;
  const profileError = error === 'profile' || error === 'profileFilled' ? error : '';
  const correctionError = profileError ? '' : error;
  const errorText =
    correctionError && ['correctionLength', 'sensitive', 'controlCharacters', 'tooManyCorrections'].includes(correctionError) ? t(`correctionErrors.${correctionError}`) : correctionError ? t('correctionErrors.correctionLength') : '';
  return (
    <li id={`app-${a.id}`} data-application={a.id} className="!mt-0 flex flex-col gap-3 rounded-md border border-line bg-white p-4">
      <div>
        <h2 className="!mt-0 text-xl font-semibold">{a.jobTitle}</h2>
        <p className="text-muted">
          {a.employerName} · {t('submitted', { date: formatDay(a.submittedAt.slice(0, 10), locale) })}
        </p>
      </div>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="!mt-0 font-medium">{t('status')}</dt>
        <dd data-testid="status">{t(`statuses.${a.status}`)}</dd>
        <dt className="!mt-0 font-medium">{t('deletion')}</dt>
        <dd data-testid="deletion">{a.deletionOn ? t('deletionOn', { date: formatDay(a.deletionOn, locale) }) : t('deletionLater')}</dd>
        {a.files.length ? (
          <>
            <dt className="!mt-0 font-medium">{t('files')}</dt>
            <dd className="break-words">{a.files.map((f) => f.fileName).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {a.heldUntil ? <FormMessage tone="info">{t('held', { date: formatDay(a.heldUntil, locale) })}</FormMessage> : null}
      {profile ? <PortalProfileSection profile={profile} locale={locale} action={portalProfileSharingAction} error={profileError} /> : null}
      <section aria-labelledby={`access-${a.id}`}>
        <h3 id={`access-${a.id}`} className="font-semibold">
          {t('access')}
        </h3>
        {a.access.length === 0 ? (
          <p className="text-muted">{t('accessNone')}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm" data-testid="access">
            {a.access.map((l, i) => (
              <li key={i}>
                {t('accessLine', {
                  who: `${l.name ?? t('someone')}${l.staff ? ` (${t('staff')})` : ''}`,
                  action: t.has(`actions.${l.action}`) ? t(`actions.${l.action}`) : l.action,
                  at: when(l.at),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {a.corrections.length ? (
        <section aria-labelledby={`corrections-${a.id}`}>
          <h3 id={`corrections-${a.id}`} className="font-semibold">
            {t('corrections')}
          </h3>
          <ul className="flex !list-none flex-col gap-2 !pl-0">
            {a.corrections.map((c) => (
              <li key={c.id} className="rounded-md bg-accent-soft p-3">
                <p className="text-sm text-muted">{t('correctionAt', { at: when(c.createdAt) })}</p>
                <p className="whitespace-pre-wrap break-words">{c.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PostForm action={addCorrectionAction} className="flex flex-col gap-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="tenantId" value={a.tenantId} />
        <input type="hidden" name="applicationId" value={a.id} />
        <label htmlFor={field} className="font-medium">
          {t('correctionLabel')}
        </label>
        <p id={`${field}-hint`} className="text-sm text-muted">
          {t('correctionHint')}
        </p>
        <textarea
          id={field}
          name="body"
          rows={3}
          maxLength={CORRECTION_MAX}
          required
          aria-invalid={errorText ? true : undefined}
          aria-describedby={`${field}-hint${errorText ? ` ${field}-error` : ''}`}
          className="rounded-md border border-muted bg-white px-3 py-2 text-base aria-invalid:border-danger"
        />
        {errorText ? (
          <p id={`${field}-error`} className="text-sm font-medium text-danger">
            {errorText}
          </p>
        ) : null}
        <div>
          <SubmitButton tone="quiet">{t('correctionSubmit')}</SubmitButton>
        </div>
      </PostForm>
      {a.heldUntil ? null : (
        <div className="flex flex-col gap-2">
          <p className="text-sm">{t('withdrawWhat', { employer: a.employerName, job: a.jobTitle })}</p>
          <ConfirmForm scope="one" applicationId={a.id} locale={locale} confirm={t('withdrawConfirm')} submit={t('withdrawSubmit')} summary={t('withdrawTitle')} />
        </div>
      )}
    </li>
  );
}
