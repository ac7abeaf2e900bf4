import type { MetadataRoute } from 'next';

/**
 * Search engines may read the public pages (career sites, job ads, about, privacy); never the employer and staff
 * areas, the candidate's own page, the API or the development pages. Those also carry noindex themselves: this
 * only saves the crawl. There is no sitemap yet (the open jobs across employers come with issue 14's caching).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/dashboard', '/en/dashboard', '/admin', '/en/admin', '/login', '/en/login', '/personvern/innsyn/', '/en/privacy/request/', '/api/', '/dev/'],
    },
  };
}
