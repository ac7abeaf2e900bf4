import type { PublicJob } from './jobs';
import type { PublicTenant } from './tenants';
import { osloEndOfDay } from '@/lib/time/oslo';
import { plainText } from './markdown';

const employmentTypes: Record<PublicJob['employmentType'], string> = {
  permanent: 'FULL_TIME',
  temporary: 'TEMPORARY',
  'part-time': 'PART_TIME',
  internship: 'INTERN',
  freelance: 'CONTRACTOR',
};

/**
 * schema.org JobPosting for search engines, as a string safe to put inside
 * <script>: "<" is escaped so employer text can never close the tag.
 */
export function jobPostingJsonLd({ job, tenant, url, appUrl }: { job: PublicJob; tenant: PublicTenant; url: string; appUrl: string }): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    // Google wants the employer's own stable id for the posting: the job's slug, unique within the employer
    // and already public in its URL (the row's UUID would say nothing more and is kept internal).
    identifier: { '@type': 'PropertyValue', name: tenant.name, value: job.slug },
    description: plainText(job.description, 5000),
    datePosted: (job.publishedAt ?? job.updatedAt).slice(0, 10),
    // The closing date is an Oslo calendar day: valid to its last second, summer time or not.
    ...(job.closesOn ? { validThrough: osloEndOfDay(job.closesOn) } : {}),
    employmentType: employmentTypes[job.employmentType],
    hiringOrganization: { '@type': 'Organization', name: tenant.name, sameAs: `${appUrl}/careers/${tenant.slug}` },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.place, addressCountry: 'NO' } },
    directApply: true,
    url,
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
