import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { formatDay } from '@/lib/time/oslo';
import { ActionForm } from '@/components/dashboard/action-form';
import { DeleteNowForm } from '@/components/dashboard/delete-now-form';
import { SubmitButton } from '@/components/forms/field';
import { StoredSelect } from '@/components/forms/select';
import { failureMessageKey } from '@/lib/email/failures';
import { stages } from '@/lib/pipeline/stages';
import type { Locale } from '@/i18n/routing';
import { withLocalePrefix } from '@/i18n/paths';
import { OWNER_ERASURE_REASONS } from '@/lib/erasure/reasons';
import { openApplication, previewable } from '@/lib/pipeline/detail';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { addNoteAction, deleteApplicationAction, deleteNoteAction, editNoteAction, moveStageAction, rateApplicationAction } from '../actions';
import { controlClass } from '@/components/dashboard/filter-select';
import { LegalHoldSection } from '@/components/dashboard/legal-hold-section';
import { ApplicationRetentionNote } from '@/components/dashboard/retention-note';
import { applicationsRetention } from '@/lib/retention/schedule';
import { releaseLegalHoldAction, setLegalHoldAction } from '../../settings/actions';
import { SharedProfileSection } from '@/components/profile/shared-profile-section';
import { openSharedProfile } from '@/lib/profile/employer';

type Props = PageProps<'/[locale]/dashboard/[tenant]/applications/[applicationId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Applications' });
  return { title: t('detailTitle') };
}

export default async function ApplicationPage({ params }: Props) {
  const { locale, tenant, applicationId } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  // Opening it is logged as a view, in the same transaction as the read.
  const opened = await asMember(member, (tx) => openApplication(tx, member, applicationId));
  if (!opened) notFound();
  const { application: a, job, files, submissions, stage, history, notes, myRating, corrections } = opened;
  const retention = (await asMember(member, (tx) => applicationsRetention(tx, member, [a.id]))).get(a.id);
  // Personprofilen only while the candidate shares it (null otherwise, and nothing says one exists); each view logged.
  const profile = await asMember(member, (tx) => openSharedProfile(tx, member, a.id));
  const tr = await getTranslations({ locale, namespace: 'Retention' });
  const t = await getTranslations({ locale, namespace: 'Applications' });
  const tc = await getTranslations({ locale, namespace: 'CandidateCorrections' });
  const te = await getTranslations({ locale, namespace: 'EmailDelivery' });
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const others = submissions.filter((s) => s.id !== a.id);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <a href={`${base}/applications?job=${job.id}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('backToJob', { job: job.title })}
        </a>
        <h1 className="text-2xl font-bold text-accent-strong">{a.fullName}</h1>
        <p className="text-muted">
          {job.title} · {t(`stages.${stage}`)}
        </p>
      </header>

      <section aria-labelledby="retention-heading" className="flex flex-col gap-2" data-testid="retention">
        <h2 id="retention-heading" className="text-lg font-semibold">
          {tr('retentionTitle')}
        </h2>
        <p className="max-w-2xl">
          <ApplicationRetentionNote retention={retention} locale={locale as Locale} />
        </p>
        <LegalHoldSection
          locale={locale as Locale}
          tenant={member.tenantSlug}
          isOwner={member.role === 'owner'}
          target={{ applicationId: a.id }}
          hold={retention?.hold ?? null}
          setAction={setLegalHoldAction}
          releaseAction={releaseLegalHoldAction}
        />
      </section>

      <section aria-labelledby="sent-heading" className="flex flex-col gap-2">
        <h2 id="sent-heading" className="text-lg font-semibold">
          {t('asSent')}
        </h2>
        <p className="text-sm text-muted">{t('asSentLead')}</p>
        <dl className="grid gap-x-6 gap-y-2 rounded-md border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('fullName')}</dt>
          <dd>{a.fullName}</dd>
          <dt className="font-medium">{t('birthDate')}</dt>
          <dd>{await formatDay(a.birthDate, locale as Locale)}</dd>
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
        </dl>
        <h3 className="mt-2 font-semibold">{t('coverLetter')}</h3>
        {/* Shown as text with its own line breaks: never parsed as markup. */}
        <div className="whitespace-pre-wrap break-words rounded-md border border-line bg-white p-4" lang={a.language} data-testid="cover-letter">
          {a.coverLetter || t('noCoverLetter')}
        </div>
        {corrections.length ? (
          <section aria-labelledby="corrections-heading" className="flex flex-col gap-2" data-testid="corrections">
            <h3 id="corrections-heading" className="mt-2 font-semibold">
              {tc('title')}
            </h3>
            <p className="text-sm text-muted">{tc('lead')}</p>
            <ul className="flex flex-col gap-2">
              {corrections.map((c) => (
                <li key={c.id} className="rounded-md border-l-4 border-accent bg-accent-soft p-3">
                  <p className="text-sm text-muted">{tc('at', { at: when(c.createdAt) })}</p>
                  <p className="whitespace-pre-wrap break-words" lang={a.language}>
                    {c.body}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <h3 className="mt-2 font-semibold">{t('attachments')}</h3>
        {files.length === 0 ? (
          <p className="text-muted">{t('noAttachments')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {files.map((f) => (
              <li key={f.id}>
                <a href={`${base}/applications/${a.id}/files/${f.id}`} download className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                  {t('download', { name: f.fileName })}
                </a>{' '}
                <span className="text-sm text-muted">({format.number(Math.ceil(f.size / 1024))} kB)</span>
                {previewable(f.contentType) ? (
                  // Closed until asked for; the lazy frame loads (and is logged) only when opened.
                  <details className="mt-1" data-preview={f.id}>
                    <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent underline underline-offset-2">{t('preview', { name: f.fileName })}</summary>
                    {/* No sandbox attribute: Chromium shows no PDF in any sandboxed frame. The response sandboxes itself (CSP sandbox). */}
                    <iframe
                      src={`${base}/applications/${a.id}/files/${f.id}/preview`}
                      title={t('previewFrame', { name: f.fileName })}
                      loading="lazy"
                      referrerPolicy="no-referrer"
                      className="mt-2 h-[70vh] w-full rounded-md border border-line bg-white"
                    />
                    <a href={`${base}/applications/${a.id}/files/${f.id}/preview`} className="inline-flex min-h-11 items-center text-sm text-accent underline underline-offset-2">
                      {t('previewOpen')}
                    </a>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`${base}/applications/${a.id}/export`} download className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 hover:border-accent">
            {t('export')}
          </a>
        </p>
        {others.length ? (
          <>
            <h3 className="mt-2 font-semibold">{t('otherSubmissions')}</h3>
            <p className="text-sm text-muted" data-testid="same-email-unverified">
              {t('otherSubmissionsLead')}
            </p>
            <ul className="flex flex-col gap-1">
              {others.map((s) => (
                <li key={s.id}>
                  <a href={`${base}/applications/${s.id}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                    {t('submissionOf', { date: when(s.submittedAt), reference: s.reference })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {profile ? <SharedProfileSection profile={profile} locale={locale as Locale} /> : null}

      <section aria-labelledby="stage-heading" className="flex flex-col gap-2">
        <h2 id="stage-heading" className="text-lg font-semibold">
          {t('stage')}
        </h2>
        <ActionForm action={moveStageAction} id="stage" tenant={member.tenantSlug} className="flex flex-col gap-3 rounded-md border border-line bg-white p-4">
          <input type="hidden" name="applicationId" value={a.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor="stage-select" className="font-medium">
              {t('moveTo')}
            </label>
            <StoredSelect id="stage-select" name="stage" defaultValue={stage} className={controlClass}>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {t(`stages.${s}`)}
                </option>
              ))}
            </StoredSelect>
          </div>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="notify" value="yes" className="size-5" aria-describedby="notify-hint" />
            {t('notify')}
          </label>
          <p id="notify-hint" className="text-sm text-muted">
            {t('notifyHint')}
          </p>
          <div>
            <SubmitButton>{t('moveSubmit')}</SubmitButton>
          </div>
        </ActionForm>
        {history.length ? (
          <ol className="flex flex-col gap-1 text-sm text-muted" aria-label={t('history')}>
            {history.map((h) => (
              <li key={h.id}>
                {t('historyLine', { from: t(`stages.${h.from ?? 'new'}`), to: t(`stages.${h.to}`), by: h.by ?? t('formerMember'), at: when(h.at) })}
                {h.notified ? ` · ${t('notified')}` : ''}
                {h.deliveryFailure ? (
                  <span className="block font-medium text-danger" data-delivery-failure={h.deliveryFailure}>
                    {te(`stage.${failureMessageKey(h.deliveryFailure)}`)}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      <section aria-labelledby="rating-heading" className="flex flex-col gap-2">
        <h2 id="rating-heading" className="text-lg font-semibold">
          {t('rating')}
        </h2>
        <ActionForm action={rateApplicationAction} id="rating" tenant={member.tenantSlug} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="applicationId" value={a.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor="rating-select" className="text-sm font-medium">
              {t('yourRating')}
            </label>
            <StoredSelect id="rating-select" name="rating" defaultValue={myRating === null ? '' : String(myRating)} className={controlClass}>
              <option value="">{t('noRating')}</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {t('stars', { n })}
                </option>
              ))}
            </StoredSelect>
          </div>
          <SubmitButton tone="quiet">{t('rate')}</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
        <h2 id="notes-heading" className="text-lg font-semibold">
          {t('notes')}
        </h2>
        <p className="text-sm text-muted">{t('notesLead')}</p>
        {notes.length === 0 ? <p className="text-muted">{t('notesEmpty')}</p> : null}
        <ul className="flex flex-col gap-3">
          {notes.map((n) => (
            <li key={n.id} data-note={n.id} className="rounded-md border border-line bg-white p-3">
              <p className="text-sm text-muted">{t('noteBy', { author: n.author ?? t('formerMember'), at: when(n.createdAt) })}</p>
              {n.mine ? (
                <div className="mt-2 flex flex-col gap-2">
                  <ActionForm action={editNoteAction} id={`note-edit-${n.id}`} tenant={member.tenantSlug} className="flex flex-col gap-2">
                    <input type="hidden" name="noteId" value={n.id} />
                    <label htmlFor={`note-body-${n.id}`} className="sr-only">
                      {t('editNote')}
                    </label>
                    <textarea id={`note-body-${n.id}`} name="body" defaultValue={n.body} rows={3} maxLength={5000} className={`${controlClass} px-3 py-2`} />
                    <div>
                      <SubmitButton tone="quiet">{t('saveNote')}</SubmitButton>
                    </div>
                  </ActionForm>
                  {/* Asks first, like every deletion; <details> opens without JavaScript. */}
                  <details className="group">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-danger underline underline-offset-2">{t('deleteNote')}</summary>
                    <div className="mt-2">
                      <DeleteNowForm
                        action={deleteNoteAction}
                        id={`note-delete-${n.id}`}
                        fields={{ tenant: member.tenantSlug, noteId: n.id }}
                        confirmLabel={t('deleteNoteConfirm', { at: when(n.createdAt) })}
                        submitLabel={t('deleteNoteSubmit')}
                      />
                    </div>
                  </details>
                </div>
              ) : (
                <p className="mt-1 whitespace-pre-wrap break-words">{n.body}</p>
              )}
            </li>
          ))}
        </ul>
        <ActionForm action={addNoteAction} id="note-add" tenant={member.tenantSlug} className="flex flex-col gap-2">
          <input type="hidden" name="applicationId" value={a.id} />
          <label htmlFor="note-new" className="font-medium">
            {t('addNote')}
          </label>
          <textarea id="note-new" name="body" rows={3} maxLength={5000} required className={`${controlClass} px-3 py-2`} />
          <div>
            <SubmitButton>{t('addNoteSubmit')}</SubmitButton>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="delete-heading" className="flex flex-col gap-2">
        <h2 id="delete-heading" className="text-lg font-semibold">
          {t('deleteTitle')}
        </h2>
        {member.role === 'owner' ? (
          <>
            <p className="max-w-2xl">{t('deleteWhat', { name: a.fullName, reference: a.reference, files: files.length, notes: notes.length })}</p>
            <p className="max-w-2xl text-sm text-muted">{t('deleteKept')}</p>
            <DeleteNowForm
              action={deleteApplicationAction}
              id="delete"
              fields={{ tenant: member.tenantSlug, applicationId: a.id }}
              confirmLabel={t('deleteConfirm', { name: a.fullName })}
              submitLabel={t('deleteSubmit')}
            >
              <div className="flex flex-col gap-1">
                <label htmlFor="delete-reason" className="font-medium">
                  {t('deleteReason')}
                </label>
                <select id="delete-reason" name="reason" required defaultValue="" className={controlClass}>
                  <option value="" disabled>
                    {t('deleteReasonChoose')}
                  </option>
                  {OWNER_ERASURE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`deleteReasons.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
            </DeleteNowForm>
          </>
        ) : (
          <p className="max-w-2xl text-muted" data-testid="delete-owners-only">
            {t('deleteOwnersOnly')}
          </p>
        )}
      </section>
    </div>
  );
}
