/**
 * The HTTP status of public careers pages that the page itself cannot set
 * (App Router pages answer 200 or 404): 410 for a job taken down after it was
 * public, 429 for the "too many applications" page. Edge-safe: no database here,
 * so a job's availability is asked of /api/careers/…/availability and remembered
 * for a few seconds (only the status code can lag; the page body is always current).
 */
import { LOCALE_PREFIX } from '@/i18n/paths';
import { selfOrigin } from '@/lib/settings/env';

const JOB_PAGE = new RegExp(`^${LOCALE_PREFIX}/careers/([a-z0-9-]+)/([a-z0-9-]+)(?:/apply)?/?$`);
const BUSY_PAGE = new RegExp(`^${LOCALE_PREFIX}/careers/[a-z0-9-]+/[a-z0-9-]+/apply/busy/?$`);
/** The availability route's answers (lib/careers/jobs.ts JobAvailability). */
type JobAvailability = 'open' | 'closed' | 'removed' | 'hidden';
const KNOWN: readonly string[] = ['open', 'closed', 'removed', 'hidden'] satisfies JobAvailability[];

const AVAILABILITY_TTL_MS = 5_000;
const MAX_REMEMBERED = 1_000;
/** The availability route answers from cached data in milliseconds; a slow answer is not worth holding the visitor. */
const SELF_FETCH_TIMEOUT_MS = 300;
/** Least recently used first (a Map keeps insertion order; a hit moves its key to the end). */
const remembered = new Map<string, { value: JobAvailability | 'unknown'; at: number }>();

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface SelfFetch {
  fetcher: Fetcher;
  /** Where the availability route is asked: this server's own port, not the public address. */
  origin: string;
  now: () => number;
}

function remember(key: string, value: JobAvailability | 'unknown', at: number): void {
  remembered.delete(key);
  // Evict the least recently used only: random slugs can no longer empty the memo for everyone.
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { value, at });
}

async function ask(url: string, fetcher: Fetcher): Promise<JobAvailability | 'unknown'> {
  // Our own timer rather than AbortSignal.timeout, so it also bounds a fetcher that ignores the signal.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'unknown'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('unknown');
    }, SELF_FETCH_TIMEOUT_MS);
  });
  const asked = (async (): Promise<JobAvailability | 'unknown'> => {
    const response = await fetcher(url, { cache: 'no-store', signal: controller.signal });
    const body = response.ok ? ((await response.json()) as { availability?: unknown }) : null;
    return typeof body?.availability === 'string' && KNOWN.includes(body.availability) ? (body.availability as JobAvailability) : 'unknown';
  })().catch(() => 'unknown' as const);
  try {
    return await Promise.race([asked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function availability(tenant: string, job: string, self: SelfFetch): Promise<JobAvailability | 'unknown'> {
  const key = `${tenant}/${job}`;
  const now = self.now();
  const hit = remembered.get(key);
  if (hit && now - hit.at < AVAILABILITY_TTL_MS) {
    remember(key, hit.value, hit.at);
    return hit.value;
  }
  // Unreachable or slow: the page still renders its own "no longer open" text; only the code is 200.
  const value = await ask(`${self.origin}/api/careers/${tenant}/${job}/availability`, self.fetcher);
  remember(key, value, now);
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
 * the answer is remembered for other visitors. It is only the fallback: the
 * availability route is asked on this server's own port (selfOrigin) when it is
 * known, so the question never travels through the public proxy (review L8).
 */
export async function careersPageStatus(
  url: URL,
  method: string,
  origin: string,
  fetcher: Fetcher = fetch,
  self: Partial<Omit<SelfFetch, 'fetcher'>> = {},
): Promise<PageStatus | null> {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (BUSY_PAGE.test(url.pathname)) {
    return { status: 429, headers: { 'Retry-After': String(waitMinutes(url.searchParams.get('minutes')) * 60), 'Cache-Control': 'no-store' } };
  }
  const match = JOB_PAGE.exec(url.pathname);
  // A receipt stays readable (200) whatever happened to the job.
  if (!match || url.searchParams.has('receipt')) return null;
  const found = await availability(match[1]!, match[2]!, { fetcher, origin: self.origin ?? selfOrigin() ?? origin, now: self.now ?? Date.now });
  return found === 'removed' ? { status: 410, headers: {} } : null;
}

/** For tests: forget what was remembered. */
export function forgetAvailability(): void {
  remembered.clear();
}
