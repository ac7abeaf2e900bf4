import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/dashboard/action-form';
import { LegalHoldForm } from '@/components/dashboard/legal-hold-form';
import { SubmitButton } from '@/components/forms/field';
import type { Locale } from '@/i18n/routing';
import type { ActionState } from '@/lib/actions/action-state';
import type { ActiveHold } from '@/lib/retention/schedule';
import { holdDateRange } from '@/lib/retention/input';

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

/**
 * Legal hold on a job or an application: owners set one (reason, end date) or release the active one; recruiters
 * read that only owners may. The date sentence itself is shown by the caller, beside the deletion date.
 */
export async function LegalHoldSection({
  locale,
  tenant,
  isOwner,
  target,
  hold,
  setAction,
  releaseAction,
}: {
  locale: Locale;
  tenant: string;
  isOwner: boolean;
  target: { jobId: string } | { applicationId: string };
  hold: ActiveHold | null;
  setAction: Action;
  releaseAction: Action;
}) {
  const t = await getTranslations({ locale, namespace: 'Retention' });
  const { min, max } = holdDateRange();
  const onJob = 'jobId' in target;
  return (
    <div className="flex flex-col gap-2" data-testid="legal-hold">
      <h3 className="font-semibold">{t('holdTitle')}</h3>
      <p className="max-w-2xl text-sm text-muted">{onJob ? t('holdLeadJob') : t('holdLeadApplication')}</p>
      {!isOwner ? (
        <p className="text-sm text-muted">{t('holdOwnersOnly')}</p>
      ) : hold && !onJob && hold.on === 'job' ? (
        <p className="text-sm text-muted">{t('holdOnJob')}</p>
      ) : hold ? (
        <ActionForm action={releaseAction} id="release-hold" tenant={tenant} className="flex flex-col gap-2">
          <input type="hidden" name="holdId" value={hold.id} />
          <div>
            <SubmitButton tone="quiet">{t('holdRelease')}</SubmitButton>
          </div>
        </ActionForm>
      ) : (
        <LegalHoldForm action={setAction} tenant={tenant} target={target} minDate={min} maxDate={max} labels={{ reason: t('holdReason'), until: t('holdUntil'), submit: t('holdSubmit') }} />
      )}
    </div>
  );
}
