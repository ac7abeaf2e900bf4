import type { MetadataRoute } from 'next';
import { careersSitemap } from '@/lib/careers/sitemap';

/**
 * /sitemap.xml: the public pages and every open job (lib/careers/sitemap.ts). Rendered when asked, never at
 * `next build`: the build has no database (it must not open one), and a sitemap prerendered there would list
 * no jobs until its first revalidation. Each request is cheap: the employers come from a one-minute memo and
 * their jobs from the careers data cache (five minutes, refreshed by careersTag when an employer changes a job).
 */
export const dynamic = 'force-dynamic';

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return careersSitemap();
}
