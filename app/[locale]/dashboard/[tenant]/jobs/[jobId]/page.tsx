import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/dashboard/action-form';
import { DeleteNowForm } from '@/components/dashboard/delete-now-form';
import { JobForm } from '@/components/dashboard/job-form';
import { SubmitButton } from '@/components/forms/field';
import { LegalHoldSection } from '@/components/dashboard/legal-hold-section';
import { JobRetentionNote } from '@/components/dashboard/retention-note';
import { OneOffNotice } from '@/components/forms/one-off-notice';
import type { Locale } from '@/i18n/routing';
import { withLocalePrefix } from '@/i18n/paths';
import { JobDescription } from '@/lib/careers/markdown';
import { jobErasureSummary } from '@/lib/erasure/summary';
import { jobOfTenant } from '@/lib/jobs/jobs';
import { isFinal, offeredMoves } from '@/lib/jobs/status';
import { jobRetention } from '@/lib/retention/schedule';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { releaseLegalHoldAction, setLegalHoldAction } from '../../settings/actions';
import { deleteJobApplicationsAction, moveJobAction, updateJobAction } from '../actions';
import { jobFormLabels } from '../labels';

type Props = PageProps<'/[locale]/dashboard/[tenant]/jobs/[jobId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  return { title: t('editTitle') };
}

export default async function EditJobPage({ params, searchParams }: Props) {
  const { locale, tenant, jobId } = await params;
  const { saved, erased } = await searchParams;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const found = await asMember(member, async (tx) => {
    const job = await jobOfTenant(tx, member, jobId);
    // What a filled job's "delete all applications now" would remove, read in the same door.
    // And when the applications go (the database's own rule, drizzle/0031), or the hold that keeps them.
    return job ? { job, erasure: job.status === 'filled' ? await jobErasureSummary(tx, member, job.id) : null, retention: await jobRetention(tx, member, job.id) } : null;
  });
  if (!found) notFound();
  const { job, erasure, retention } = found;
  const tr = await getTranslations({ locale, namespace: 'Retention' });
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const publicHref = withLocalePrefix(locale, `/careers/${member.tenantSlug}/${job.slug}`);
  const editable = !isFinal(job.status);
  // The moves a member can make from the status the job has right now; filled and archived ask first.
  const available = offeredMoves(job.effectiveStatus);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <a href={`${base}/jobs`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('back')}
        </a>
        <h1 className="text-2xl font-bold text-accent-strong">{job.title}</h1>
        <p>
          {t('statusIs')} <strong data-testid="job-status">{t(`status.${job.effectiveStatus}`)}</strong>
        </p>
        {job.effectiveStatus === 'published' ? (
          <p>
            <a href={publicHref} className="text-accent underline underline-offset-2">
              {t('openPublic')}
            </a>
          </p>
        ) : (
          <p className="text-sm text-muted">{t('notPublic')}</p>
        )}
        <p>
          <a href={`${base}/applications?job=${job.id}`} className="text-accent underline underline-offset-2">
            {t('seeApplications')}
          </a>
        </p>
        <p>
          <a href={`${base}/jobs/${job.id}/export`} download className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
            {t('exportAll')}
          </a>
        </p>
      </header>
      {saved ? <OneOffNotice flag="saved">{t('created')}</OneOffNotice> : null}
      {typeof erased === 'string' && /^\d+$/.test(erased) ? <OneOffNotice flag="erased">{t('erasedAll', { count: Number(erased) })}</OneOffNotice> : null}

      {retention ? (
        <section aria-labelledby="retention-heading" className="flex flex-col gap-3" data-testid="retention">
          <h2 id="retention-heading" className="text-lg font-semibold">
            {tr('retentionTitle')}
          </h2>
          <JobRetentionNote retention={retention} locale={locale as Locale} />
          <p>
            <a href={`${base}/settings`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
              {tr('settingsLink')}
            </a>
          </p>
          <LegalHoldSection
            locale={locale as Locale}
            tenant={member.tenantSlug}
            isOwner={member.role === 'owner'}
            target={{ jobId: job.id }}
            hold={retention.hold}
            setAction={setLegalHoldAction}
            releaseAction={releaseLegalHoldAction}
          />
        </section>
      ) : null}

      {available.length ? (
        <section aria-labelledby="moves-heading" className="flex flex-col gap-3">
          <h2 id="moves-heading" className="text-lg font-semibold">
            {t('movesTitle')}
          </h2>
          <div className="flex flex-wrap items-start gap-3">
            {available.map((to) => (
              <ActionForm key={to} action={moveJobAction} id={`move-${to}`} tenant={member.tenantSlug} className="flex flex-col gap-2 rounded-md border border-line bg-white p-3">
                <input type="hidden" name="jobId" value={job.id} />
                <input type="hidden" name="to" value={to} />
                {isFinal(to) ? (
                  <label className="flex min-h-11 max-w-xs items-center gap-2 text-sm">
                    <input type="checkbox" name="confirm" value="yes" required className="size-5" />
                    {t(`confirm.${to}`)}
                  </label>
                ) : null}
                <SubmitButton tone={isFinal(to) ? 'danger' : to === 'published' ? 'primary' : 'quiet'}>{t(`move.${to}`)}</SubmitButton>
              </ActionForm>
            ))}
          </div>
        </section>
      ) : null}

      {erasure ? (
        <section aria-labelledby="erase-heading" className="flex flex-col gap-2" data-testid="erase-all">
          <h2 id="erase-heading" className="text-lg font-semibold">
            {t('eraseTitle')}
          </h2>
          {erasure.applications === 0 ? (
            <p className="max-w-2xl text-muted">{t('eraseNone')}</p>
          ) : member.role !== 'owner' ? (
            <p className="max-w-2xl text-muted" data-testid="erase-owners-only">
              {t('eraseOwnersOnly', { applications: erasure.applications })}
            </p>
          ) : (
            <>
              <p className="max-w-2xl">{t('eraseWhat', { job: job.title, applications: erasure.applications, files: erasure.files })}</p>
              <p className="max-w-2xl text-sm text-muted">{t('eraseKept')}</p>
              <DeleteNowForm
                action={deleteJobApplicationsAction}
                id="erase-all"
                fields={{ tenant: member.tenantSlug, jobId: job.id }}
                confirmLabel={t('eraseConfirm', { job: job.title, applications: erasure.applications })}
                submitLabel={t('eraseSubmit')}
              />
            </>
          )}
          {erasure.tombstones > 0 ? (
            <p className="text-sm text-muted" data-testid="tombstones">
              {t('tombstones', { count: erasure.tombstones })}
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="edit-heading" className="flex flex-col gap-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          {t('editTitle')}
        </h2>
        {editable ? (
          <JobForm
            action={updateJobAction}
            tenant={member.tenantSlug}
            jobId={job.id}
            values={{ title: job.title, place: job.place, employmentType: job.employmentType, description: job.description, language: job.language, closesOn: job.closesOn ?? '' }}
            labels={await jobFormLabels(locale, t('save'))}
          />
        ) : (
          <p className="text-muted">{t('finalNoEdit')}</p>
        )}
      </section>

      <section aria-labelledby="preview-heading" className="flex flex-col gap-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t('previewTitle')}
        </h2>
        <p className="text-sm text-muted">{t('previewLead')}</p>
        <div className="prose-letter rounded-md border border-line bg-white p-4" lang={job.language}>
          <JobDescription source={job.description} />
        </div>
      </section>
    </div>
  );
}
