import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JobForm } from '@/components/dashboard/job-form';
import { requireMember } from '@/lib/tenancy/member';
import { createJobAction } from '../actions';
import { jobFormLabels } from '../labels';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/[tenant]/jobs/new'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  return { title: t('newTitle') };
}

export default async function NewJobPage({ params }: PageProps<'/[locale]/dashboard/[tenant]/jobs/new'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-accent-strong">{t('newTitle')}</h1>
      <p className="max-w-2xl text-muted">{t('newLead')}</p>
      <JobForm
        action={createJobAction}
        tenant={member.tenantSlug}
        values={{ title: '', place: '', employmentType: 'permanent', description: '', language: locale === 'en' ? 'en' : 'nb', closesOn: '' }}
        labels={await jobFormLabels(locale, t('saveDraft'))}
      />
    </div>
  );
}
