/**
 * The HTTP status of public careers pages that the page itself cannot set
 * (App Router pages answer 200 or 404): 410 for a job taken down after it was
 * public, 429 for the "too many applications" page. Edge-safe: no database here,
 * so a job's availability is asked of /api/careers/…/availability and remembered
 * for a few seconds (only the status code can lag; the page body is always current).
 */
import { LOCALE_PREFIX } from '@/i18n/paths';

const JOB_PAGE = new RegExp(`^${LOCALE_PREFIX}/careers/([a-z0-9-]+)/([a-z0-9-]+)(?:/apply)?/?$`);
const BUSY_PAGE = new RegExp(`^${LOCALE_PREFIX}/careers/[a-z0-9-]+/[a-z0-9-]+/apply/busy/?$`);
/** The availability route's answers (lib/careers/jobs.ts JobAvailability). */
type JobAvailability = 'open' | 'closed' | 'removed' | 'hidden';
const KNOWN: readonly string[] = ['open', 'closed', 'removed', 'hidden'] satisfies JobAvailability[];

const AVAILABILITY_TTL_MS = 5_000;
const MAX_REMEMBERED = 1_000;
const remembered = new Map<string, { value: JobAvailability | 'unknown'; at: number }>();

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

async function availability(origin: string, tenant: string, job: string, fetcher: Fetcher): Promise<JobAvailability | 'unknown'> {
  const key = `${tenant}/${job}`;
  const now = Date.now();
  const hit = remembered.get(key);
  if (hit && now - hit.at < AVAILABILITY_TTL_MS) return hit.value;
  let value: JobAvailability | 'unknown' = 'unknown';
  try {
    const response = await fetcher(`${origin}/api/careers/${tenant}/${job}/availability`, { cache: 'no-store', signal: AbortSignal.timeout(2_000) });
    const body = response.ok ? ((await response.json()) as { availability?: unknown }) : null;
    if (typeof body?.availability === 'string' && KNOWN.includes(body.availability)) value = body.availability as JobAvailability;
  } catch {
    // Unreachable or slow: the page still renders its own "no longer open" text; only the code is 200.
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, { value, at: now });
  return value;
}

export interface PageStatus {
  status: number;
  headers: Record<string, string>;
}

/** Minutes to wait, as the action put them in the busy page's address (1 minute to 1 day). */
export function waitMinutes(raw: unknown): number {
  const minutes = Math.ceil(Number(raw));
  return Number.isFinite(minutes) ? Math.min(Math.max(minutes, 1), 1_440) : 1;
}

/**
 * `origin` must be our own configured address (APP_URL), never the request's Host:
 * the answer is remembered for other visitors.
 */
export async function careersPageStatus(
  url: URL,
  method: string,
  origin: string,
  fetcher: Fetcher = fetch,
): Promise<PageStatus | null> {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (BUSY_PAGE.test(url.pathname)) {
    return { status: 429, headers: { 'Retry-After': String(waitMinutes(url.searchParams.get('minutes')) * 60), 'Cache-Control': 'no-store' } };
  }
  const match = JOB_PAGE.exec(url.pathname);
  // A receipt stays readable (200) whatever happened to the job.
  if (!match || url.searchParams.has('receipt')) return null;
  return (await availability(origin, match[1]!, match[2]!, fetcher)) === 'removed' ? { status: 410, headers: {} } : null;
}

/** For tests: forget what was remembered. */
export function forgetAvailability(): void {
  remembered.clear();
}
