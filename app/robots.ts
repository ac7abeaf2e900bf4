import type { MetadataRoute } from 'next';
import { appUrl } from '@/lib/settings/env';

/**
 * Search engines may read the public pages (career sites, job ads, about, privacy); never the employer and staff
 * areas, the candidate's own pages (her portal and Personprofilen), the API or the development pages. Those also carry noindex themselves: this
 * only saves the crawl. The sitemap (app/sitemap.ts) lists the public pages and every open job, at our public address.
 */
/** At request time: a file built at `next build` would name the build machine's APP_URL, not the server's. */
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/dashboard', '/en/dashboard', '/admin', '/en/admin', '/login', '/en/login', '/personvern/innsyn/', '/en/privacy/request/', '/personprofil/', '/en/profile/', '/api/', '/dev/'],
    },
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
