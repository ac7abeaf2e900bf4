import { ImageResponse } from 'next/og';
import type { Locale } from '@/i18n/routing';
import { cachedJob, cachedTenantBySlug } from '@/lib/careers/cache';
import { jobAvailability } from '@/lib/careers/jobs';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Job advertisement';

function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(`${day}T12:00:00Z`));
}

/** The share image: job title, employer and deadline, in the page's language. */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; tenant: string; job: string }> }) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale: Locale = rawLocale === 'en' ? 'en' : 'nb';
  const tenant = await cachedTenantBySlug(tenantSlug);
  const job = tenant ? await cachedJob(tenant.id, jobSlug) : null;
  const visible = tenant && job && ['open', 'closed'].includes(jobAvailability(job));
  const title = visible ? job.title : 'SeeRecruit';
  const employer = visible ? tenant.name : '';
  const deadline =
    visible && job.closesOn ? (locale === 'nb' ? `Søknadsfrist ${formatDay(job.closesOn, locale)}` : `Apply by ${formatDay(job.closesOn, locale)}`) : '';

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#fbfbf9', padding: 72, color: '#1c2326' }}>
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#0b5566' }}>{employer}</div>
        <div style={{ display: 'flex', fontSize: title.length > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.1, color: '#073d4a' }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 32 }}>
          <div style={{ display: 'flex', color: '#4f5b60' }}>{deadline}</div>
          <div style={{ display: 'flex', color: '#0b5566', fontWeight: 700 }}>SeeRecruit</div>
        </div>
      </div>
    ),
    size,
  );
}
