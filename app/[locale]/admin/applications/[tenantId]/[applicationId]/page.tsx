import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { OpenApplicationForm } from '@/components/admin/open-application-form';
import type { Locale } from '@/i18n/routing';
import { withLocalePrefix } from '@/i18n/paths';
import { applicationSummaryForStaff, readOpenedApplication } from '@/lib/admin/access';
import { REASON_MAX, REASON_MIN } from '@/lib/admin/reason';
import { requireStaff } from '@/lib/admin/staff';
import { Refused } from '@/lib/errors';
import { formatDay } from '@/lib/time/oslo';
import { openApplicationAction } from '../../../actions';

type Props = PageProps<'/[locale]/admin/applications/[tenantId]/[applicationId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { title: t('title') };
}

/**
 * One application for staff. Without this staff member's own opening in the
 * last 30 minutes: what it is (reference, job, employer, date) and the reason
 * form. With one: the application as sent, read-only, its files downloadable
 * through the audited route beside this page.
 */
export default async function AdminApplicationPage({ params, searchParams }: Props) {
  const { locale, tenantId, applicationId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const ta = await getTranslations({ locale, namespace: 'Applications' });
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, '/admin');
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  const opened = await readOpenedApplication(staff, tenantId, applicationId).catch((error: unknown) => {
    if (error instanceof Refused && error.code === 'notOpened') return null;
    if (error instanceof Refused && error.code === 'not_found') notFound();
    throw error;
  });

  if (!opened) {
    const summary = await applicationSummaryForStaff(staff, tenantId, applicationId).catch((error: unknown) => {
      if (error instanceof Refused && error.code === 'not_found') notFound();
      throw error;
    });
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <a href={`${base}/tenants/${summary.tenantId}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('tenantTitle', { name: summary.tenantName })}
        </a>
        <h1 className="text-2xl font-bold text-accent-strong">{t('openTitle', { reference: summary.reference })}</h1>
        <p>{t('openSummary', { job: summary.jobTitle, tenant: summary.tenantName, date: format.dateTime(summary.submittedAt, { dateStyle: 'medium' }) })}</p>
        <p className="text-muted">{t('openLead')}</p>
        <OpenApplicationForm
          action={openApplicationAction}
          tenantId={summary.tenantId}
          applicationId={summary.id}
          min={REASON_MIN}
          max={REASON_MAX}
          texts={{ label: t('reasonLabel'), hint: t('reasonHint'), submit: t('openSubmit') }}
        />
      </div>
    );
  }

  const a = opened;
  const justOpened = (await searchParams).opened === '1';
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <a href={`${base}/tenants/${a.tenantId}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('tenantTitle', { name: a.tenantName })}
        </a>
        <h1 className="text-2xl font-bold text-accent-strong">{t('viewTitle', { reference: a.reference })}</h1>
        <p className="text-muted">
          {a.jobTitle} · {a.tenantName} · {ta(`stages.${a.stage}` as 'stages.new')}
        </p>
      </header>
      {justOpened ? (
        <p role="status" className="rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3 text-accent-strong">
          {t('openedNotice')}
        </p>
      ) : null}
      <p className="text-sm text-muted">{t('readOnly')}</p>
      <dl className="grid gap-x-6 gap-y-2 rounded-md border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('fullName')}</dt>
        <dd>{a.fullName}</dd>
        <dt className="font-medium">{t('birthDate')}</dt>
        <dd>{formatDay(a.birthDate, locale as Locale)}</dd>
        <dt className="font-medium">{t('email')}</dt>
        <dd className="break-all">{a.email}</dd>
        <dt className="font-medium">{t('phone')}</dt>
        <dd>{a.phone}</dd>
        <dt className="font-medium">{t('submitted')}</dt>
        <dd>{when(a.submittedAt)}</dd>
        <dt className="font-medium">{t('reference')}</dt>
        <dd className="font-mono" data-testid="reference">
          {a.reference}
        </dd>
        <dt className="font-medium">{t('language')}</dt>
        <dd>{t(`languages.${a.language}`)}</dd>
        <dt className="font-medium">{t('stage')}</dt>
        <dd>{ta(`stages.${a.stage}` as 'stages.new')}</dd>
      </dl>
      <section aria-labelledby="letter-heading" className="flex flex-col gap-2">
        <h2 id="letter-heading" className="text-lg font-semibold">
          {t('coverLetter')}
        </h2>
        {/* Text with its own line breaks: never parsed as markup. */}
        <div className="whitespace-pre-wrap break-words rounded-md border border-line bg-white p-4" lang={a.language} data-testid="cover-letter">
          {a.coverLetter || t('noCoverLetter')}
        </div>
      </section>
      <section aria-labelledby="files-heading" className="flex flex-col gap-2">
        <h2 id="files-heading" className="text-lg font-semibold">
          {t('attachments')}
        </h2>
        {a.files.length === 0 ? (
          <p className="text-muted">{t('noAttachments')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {a.files.map((f) => (
              <li key={f.id}>
                <a href={`${base}/applications/${a.tenantId}/${a.id}/files/${f.id}`} download className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                  {t('download', { name: f.fileName })}
                </a>{' '}
                <span className="text-sm text-muted">({format.number(Math.ceil(f.size / 1024))} kB)</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
