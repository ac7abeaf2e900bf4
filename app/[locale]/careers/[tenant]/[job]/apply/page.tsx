import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ApplyForm } from '@/components/careers/apply-form';
import { ApplyReceipt } from '@/components/careers/apply-receipt';
import { JobClosed } from '@/components/careers/job-closed';
import { localePath } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { APPLY_ANSWER_HEADER, openAnswer } from '@/lib/applications/answer-seal';
import { emptyValues, type ApplyTexts } from '@/lib/applications/form-state';
import { verifyReference } from '@/lib/applications/receipt-link';
import { REFERENCE_SHAPE } from '@/lib/applications/reference';
import { loadReceipt } from '@/lib/applications/store';
import { isShown, loadPublicJob } from '@/lib/careers/public-job';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, tenant: tenantSlug, job: jobSlug } = await params;
  const query = await searchParams;
  // The receipt has its own title, so the tab (and a screen reader on arrival) says it went through.
  if (typeof query.receipt === 'string' && REFERENCE_SHAPE.test(query.receipt) && verifyReference(query.receipt, typeof query.sig === 'string' ? query.sig : '')) {
    const t = await getTranslations({ locale, namespace: 'Receipt' });
    return { title: t('title'), robots: { index: false, follow: false } };
  }
  const view = await loadPublicJob(tenantSlug, jobSlug);
  const t = await getTranslations({ locale, namespace: 'Apply' });
  // The form and the receipt are for the candidate, not for search engines.
  return { title: view && isShown(view.availability) ? t('title', { job: view.job.title }) : view?.tenant.name, robots: { index: false, follow: false } };
}

async function applyTexts(locale: Locale): Promise<ApplyTexts> {
  const t = await getTranslations({ locale, namespace: 'Apply' });
  return {
    fields: {
      fullName: t('fullName'),
      birthDate: t('birthDate'),
      email: t('email'),
      phone: t('phone'),
      coverLetter: t('coverLetter'),
      attachments: t('attachments'),
      consent: t('consent', { employer: '' }),
    },
    hints: { email: t('emailHint'), phone: t('phoneHint'), coverLetter: t('coverLetterHint'), attachments: t('attachmentsHint') },
    required: t('required'),
    optional: t('optional'),
    consentLink: t('consentLink'),
    honeypot: t('honeypot'),
    submit: t('submit'),
    sending: t('sending'),
    errorSummary: t('errorSummary'),
    filesAgain: t('filesAgain'),
    sensitiveWhy: t('sensitiveWhy'),
    failed: t('formErrors.failed'),
    // Raw templates: "{file}" is filled in by the browser.
    errors: t.raw('errors') as ApplyTexts['errors'],
  };
}

export default async function ApplyPage({ params, searchParams }: Props) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const view = await loadPublicJob(tenantSlug, jobSlug);
  if (!view) notFound();
  const { tenant, job, availability } = view;

  const query = await searchParams;
  const reference = typeof query.receipt === 'string' ? query.receipt : null;
  const signature = typeof query.sig === 'string' ? query.sig : '';
  if (reference !== null) {
    if (!REFERENCE_SHAPE.test(reference) || !verifyReference(reference, signature)) notFound();
    const receipt = await loadReceipt({ tenantId: tenant.id }, reference);
    if (!receipt || receipt.jobSlug !== job.slug) notFound();
    return <ApplyReceipt locale={locale} tenant={tenant} receipt={receipt} />;
  }

  // A refused plain form post comes back here through the apply endpoint, with its state sealed.
  const answer = openAnswer((await headers()).get(APPLY_ANSWER_HEADER));

  // The receipt above stays readable whatever happened to the job since.
  if (availability === 'hidden') notFound();
  if (availability !== 'open') {
    const closed = <JobClosed locale={locale} tenantSlug={tenant.slug} employer={tenant.name} title={availability === 'removed' ? null : job.title} />;
    // Sent while it closed: say that this application was not sent, then why.
    if (!answer?.formError) return closed;
    return (
      <>
        <p role="alert" className="mx-auto mt-10 max-w-2xl rounded-lg border-2 border-danger bg-white p-4 font-semibold">
          {answer.formError}
        </p>
        {closed}
      </>
    );
  }

  const t = await getTranslations({ locale, namespace: 'Apply' });
  return (
    <div className="mx-auto max-w-5xl px-4 *:max-w-2xl py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-accent-strong">{t('title', { job: job.title })}</h1>
      <p className="mt-3 text-lg">{t('lead', { employer: tenant.name })}</p>
      <p className="mt-2 text-[0.9375rem] text-muted">{t('privacyNote')}</p>
      <ApplyForm
        endpoint={`/api/apply/${locale}/${tenant.slug}/${job.slug}`}
        initialState={answer ? { ...answer, idempotencyKey: answer.idempotencyKey || randomUUID() } : { idempotencyKey: randomUUID(), values: emptyValues, errors: {}, attempt: 0 }}
        texts={await applyTexts(locale)}
        consentText={t('consent', { employer: tenant.name })}
        privacyHref={localePath('/privacy', locale)}
      />
    </div>
  );
}
