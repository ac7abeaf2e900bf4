import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { asLocale } from '@/i18n/paths';
import { isShown, loadPublicJob } from '@/lib/careers/public-job';
import { formatDay } from '@/lib/time/oslo';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Job advertisement';

/** The share image: job title, employer and deadline, in the page's language. */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; tenant: string; job: string }> }) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = asLocale(rawLocale);
  const view = await loadPublicJob(tenantSlug, jobSlug);
  const shown = view && isShown(view.availability) ? view : null;
  const t = await getTranslations({ locale, namespace: 'Careers' });
  const title = shown ? shown.job.title : 'SeeRecruit';
  const employer = shown ? shown.tenant.name : '';
  const deadline = shown?.job.closesOn ? t('deadline', { date: formatDay(shown.job.closesOn, locale) }) : '';

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
