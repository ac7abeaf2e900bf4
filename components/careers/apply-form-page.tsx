import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ApplyForm } from '@/components/careers/apply-form';
import { JobClosed } from '@/components/careers/job-closed';
import { localePath } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { emptyValues, type ApplyState, type ApplyTexts } from '@/lib/applications/form-state';
import type { PublicJobView } from '@/lib/careers/public-job';

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

/**
 * The apply form for a job, or why it takes no applications. Rendered by the
 * cached apply page (answer null: the same HTML for everyone, no key issued,
 * see applicationKey) and by apply/again, which the apply endpoint asks for a
 * refused plain form post with the errors and what was typed.
 */
export async function ApplyFormPage({ locale, view, answer }: { locale: Locale; view: PublicJobView; answer: ApplyState | null }) {
  const { tenant, job, availability } = view;
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
        initialState={answer ?? { values: emptyValues, errors: {}, attempt: 0 }}
        texts={await applyTexts(locale)}
        consentText={t('consent', { employer: tenant.name })}
        privacyHref={localePath('/privacy', locale)}
      />
    </div>
  );
}

/** The form's title: the job's while it is shown, else the employer's name. */
export async function applyTitle(locale: string, view: PublicJobView | null, shown: boolean): Promise<string | undefined> {
  const t = await getTranslations({ locale, namespace: 'Apply' });
  return view && shown ? t('title', { job: view.job.title }) : view?.tenant.name;
}
