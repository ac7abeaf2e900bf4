/**
 * The HTTP status of a public careers page that the page itself cannot set (App Router pages answer 200 or
 * 404): 429 for the "too many applications" page. Decided from the URL alone: the middleware makes no network
 * call and reads no database on the request path. A job taken down is the page's own 404
 * (app/[locale]/careers/[tenant]/[job]/not-found.tsx), cached like the page.
 */
import { LOCALE_PREFIX } from '@/i18n/paths';

const BUSY_PAGE = new RegExp(`^${LOCALE_PREFIX}/careers/[a-z0-9-]+/[a-z0-9-]+/apply/busy/?$`);

export interface PageStatus {
  status: number;
  headers: Record<string, string>;
}

/** Minutes to wait, as the action put them in the busy page's address (1 minute to 1 day). */
export function waitMinutes(raw: unknown): number {
  const minutes = Math.ceil(Number(raw));
  return Number.isFinite(minutes) ? Math.min(Math.max(minutes, 1), 1_440) : 1;
}

export function careersPageStatus(url: URL, method: string): PageStatus | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!BUSY_PAGE.test(url.pathname)) return null;
  return { status: 429, headers: { 'Retry-After': String(waitMinutes(url.searchParams.get('minutes')) * 60), 'Cache-Control': 'no-store' } };
}
