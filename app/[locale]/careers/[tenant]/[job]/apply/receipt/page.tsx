import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ApplyReceipt } from '@/components/careers/apply-receipt';
import type { Locale } from '@/i18n/routing';
import { verifyReference } from '@/lib/applications/receipt-link';
import { REFERENCE_SHAPE } from '@/lib/applications/reference';
import { loadReceipt } from '@/lib/applications/store';
import { cachedTenantBySlug } from '@/lib/careers/cache';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply/receipt'>;

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Receipt' });
  // The receipt is for the candidate, not for search engines.
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * Where a stored application lands: ?ref=<reference>&sig=<signature> (receipt-link.ts).
 * The reference stays in the query, never in the path, so nothing that records
 * paths (logs, visit statistics) keeps it. Readable whatever happened to the
 * job since (closed, filled, removed); a bad signature or another job's
 * reference is not there (404).
 */
export default async function ApplyReceiptPage({ params, searchParams }: Props) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const reference = typeof query.ref === 'string' ? query.ref : '';
  const signature = typeof query.sig === 'string' ? query.sig : '';
  if (!REFERENCE_SHAPE.test(reference) || !verifyReference(reference, signature)) notFound();
  const tenant = await cachedTenantBySlug(tenantSlug);
  if (!tenant) notFound();
  const receipt = await loadReceipt({ tenantId: tenant.id }, reference);
  if (!receipt || receipt.jobSlug !== jobSlug) notFound();
  return <ApplyReceipt locale={locale} tenant={tenant} receipt={receipt} />;
}
