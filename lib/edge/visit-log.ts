import { isbot } from 'isbot';
import { userAgent, type NextRequest } from 'next/server';
import { isCountry, VISIT_BATCH_ENVELOPE_BYTES, VISIT_BATCH_MAX, VISIT_BATCH_MAX_BYTES, VISIT_LABEL_MAX, VISIT_PATH_MAX, VISIT_SIGNATURE_HEADER, visitBytesBound, type Visit, type VisitBatch } from '@/lib/edge/visit-batch';
import { canonicalIp, clientIpFrom } from '@/lib/edge/ip-address';
import { appUrl, selfOrigin, settings } from '@/lib/settings/env';

/**
 * Visitor statistics, counted in middleware from what the request carries (issue 14, part 4): one record per page
 * request, signed in or not, with or without JavaScript — no cookie, no script. A record holds exactly what the
 * privacy page names: address, country, path, time, browser and OS (family and major version), and a bot flag.
 * The raw user agent, the query string, the referrer and every other header stay here.
 *
 * Records wait in this module's memory and go to /api/visits in batches (every FLUSH_AT visits or FLUSH_AFTER_MS,
 * whichever comes first), signed, after the response through `waitUntil`: no request waits for the write, and a
 * failed write loses that batch only. Edge-safe: no Node APIs, no database.
 */
export const FLUSH_AT = VISIT_BATCH_MAX;
export const FLUSH_AFTER_MS = 2000;
/** Batches on their way at once; while that many are, visits wait (a slow server must not pile up requests). */
export const MAX_IN_FLIGHT = 4;
/** Beyond this many waiting records (the server cannot keep up), the oldest go. */
export const BUFFER_MAX = 1000;

export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

const PREFETCH = /prefetch/i;
const NOT_PAGES = /^\/(?:api|_next|dev)(?:\/|$)/;
const FILE = /\/[^/]*\.[a-z0-9]+$/i;

/**
 * Whether a request is a page someone looks at. Counted: GET of a page, a full load or a client-side navigation
 * (an RSC request: with JavaScript, a link inside the app fetches the next page that way, so it is a page view
 * too). Not counted: prefetches (the router fetching a page nobody opened), HEAD (link checkers and uptime
 * monitors; no one sees a page), POSTs (forms and server actions: the page that answers is counted when it is
 * shown), API routes, Next's own files and anything with a file extension.
 */
export function isPageView(method: string, pathname: string, headers: Headers): boolean {
  if (method !== 'GET') return false;
  if (NOT_PAGES.test(pathname) || FILE.test(pathname)) return false;
  if (headers.has('next-router-prefetch') || headers.has('next-router-segment-prefetch')) return false;
  if (PREFETCH.test(headers.get('purpose') ?? '') || PREFETCH.test(headers.get('sec-purpose') ?? '') || PREFETCH.test(headers.get('x-purpose') ?? '')) return false;
  return true;
}

/** "Family 123" from a parsed name and version, or the family alone, or null; never longer than a label may be. */
export function familyAndMajor(name: string | undefined, version: string | undefined): string | null {
  const family = name?.replace(/[^\p{L}\p{N} ._\-/()]/gu, '').trim().slice(0, VISIT_LABEL_MAX - 8);
  if (!family) return null;
  const major = /^\d{1,6}/.exec(version ?? '')?.[0];
  return major ? `${family} ${major}` : family;
}

type Agent = Pick<Visit, 'browser' | 'os' | 'bot'>;
/** Parsing costs ~0.2 ms a request; visitors share a few hundred agent strings, so each is parsed once. */
const AGENTS_KEPT = 500;
const agents = new Map<string, Agent>();

/** Browser and OS as family and major version, and whether the agent is a bot; the string itself is not kept. */
export function describeAgent(headers: Headers): Agent {
  const ua = headers.get('user-agent') ?? '';
  // A request without a user agent is a script: every browser sends one.
  if (!ua.trim()) return { browser: null, os: null, bot: true };
  const known = agents.get(ua);
  if (known) return known;
  const parsed = userAgent({ headers });
  const agent: Agent = {
    browser: familyAndMajor(parsed.browser.name, parsed.browser.version),
    os: familyAndMajor(parsed.os.name, parsed.os.version),
    bot: isbot(ua) || parsed.isBot,
  };
  // The memory holds parsed agents only (strings from the wire, never written anywhere); emptied when full.
  if (agents.size >= AGENTS_KEPT) agents.clear();
  agents.set(ua, agent);
  return agent;
}

/** The path without query or fragment, cut to the stored length. */
export function storedPath(pathname: string): string {
  const path = pathname.split(/[?#]/)[0] || '/';
  return path.length > VISIT_PATH_MAX ? path.slice(0, VISIT_PATH_MAX) : path;
}

export interface VisitOptions {
  hops: number;
  /** The platform's country header, when one is trusted (VISIT_COUNTRY_HEADER). */
  countryHeader?: string;
  now: number;
}

/** The record for one page request. */
export function visitOf(pathname: string, headers: Headers, options: VisitOptions): Visit {
  const visit: Visit = {
    ip: canonicalIp(clientIpFrom(headers, options.hops)),
    path: storedPath(pathname),
    viewedAt: options.now,
    ...describeAgent(headers),
  };
  if (options.countryHeader) {
    const country = headers.get(options.countryHeader)?.trim().toUpperCase();
    visit.country = isCountry(country) ? country : null;
  }
  return visit;
}

/** How many of the first visits fit one batch: at most VISIT_BATCH_MAX, and under VISIT_BATCH_MAX_BYTES by their bound. */
export function batchLength(visits: readonly Visit[]): number {
  let bytes = VISIT_BATCH_ENVELOPE_BYTES;
  let n = 0;
  while (n < visits.length && n < VISIT_BATCH_MAX) {
    bytes += visitBytesBound(visits[n]!);
    if (bytes > VISIT_BATCH_MAX_BYTES) break;
    n++;
  }
  return Math.max(1, n);
}

/** Middleware's second argument (NextFetchEvent): without waitUntil a batch could not go after the response. */
function hasWaitUntil(event: unknown): event is WaitUntil {
  return typeof (event as Partial<WaitUntil> | null)?.waitUntil === 'function';
}

type Send = (batch: VisitBatch) => Promise<void>;

/** Visits waiting to be sent; a batch leaves at FLUSH_AT visits or FLUSH_AFTER_MS after the first, by `waitUntil`. */
export class VisitBuffer {
  private waiting: Visit[] = [];
  private timer = false;
  private inFlight = 0;
  /** Visits dropped: the buffer was full, or their batch failed. */
  lost = 0;

  constructor(
    private readonly send: Send,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  add(visit: Visit, event: WaitUntil): void {
    this.waiting.push(visit);
    if (this.waiting.length > BUFFER_MAX) this.lost += this.waiting.splice(0, this.waiting.length - BUFFER_MAX).length;
    if (this.waiting.length >= FLUSH_AT) event.waitUntil(this.flush());
    // Whatever is still waiting (fewer than FLUSH_AT, or held back while batches are on their way) goes soon.
    if (this.waiting.length > 0 && !this.timer) {
      this.timer = true;
      event.waitUntil(
        this.wait(FLUSH_AFTER_MS).then(() => {
          this.timer = false;
          return this.flush();
        }),
      );
    }
  }

  /** Send what is waiting, in batches of at most VISIT_BATCH_MAX visits and VISIT_BATCH_MAX_BYTES (batchLength); a failed batch is lost, never retried. */
  async flush(): Promise<void> {
    const sending: Promise<void>[] = [];
    while (this.waiting.length > 0 && this.inFlight < MAX_IN_FLIGHT) {
      const visits = this.waiting.splice(0, batchLength(this.waiting));
      this.inFlight++;
      sending.push(
        this.send({ sentAt: Date.now(), visits }).then(
          () => {
            this.inFlight--;
          },
          () => {
            this.inFlight--;
            this.lost += visits.length;
          },
        ),
      );
    }
    await Promise.all(sending);
  }
}

const encoder = new TextEncoder();
let signingKey: { secret: string; key: Promise<CryptoKey> } | undefined;

/**
 * HMAC-SHA256 key for batches: HKDF-SHA256 from AUTH_SECRET with the same salt and info as lib/auth/tokens.ts
 * derivedKey('visit-log'), so the route checks with node:crypto what WebCrypto signed here.
 */
function visitKey(secret: string): Promise<CryptoKey> {
  if (signingKey?.secret !== secret) {
    const key = crypto.subtle
      .importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('seerecruit'), info: encoder.encode('seerecruit:visit-log') },
          base,
          { name: 'HMAC', hash: 'SHA-256', length: 256 },
          false,
          ['sign'],
        ),
      );
    signingKey = { secret, key };
  }
  return signingKey.key;
}

/** base64url of the batch body's HMAC. */
export async function signVisitBody(body: string, secret: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await visitKey(secret), encoder.encode(body)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function postBatch(batch: VisitBatch): Promise<void> {
  const body = JSON.stringify(batch);
  const signature = await signVisitBody(body, settings().AUTH_SECRET);
  const response = await fetch(`${selfOrigin() ?? appUrl()}/api/visits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [VISIT_SIGNATURE_HEADER]: signature },
    body,
    cache: 'no-store',
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`visits: ${response.status}`);
}

// One buffer per edge isolate (per server process under `next start`), kept across hot reloads in development.
const buffer: VisitBuffer = ((globalThis as { __seerecruitVisits?: VisitBuffer }).__seerecruitVisits ??= new VisitBuffer(postBatch));

/**
 * Count this request if it is a page view (middleware.ts, once the response is decided). A redirect is not a
 * view: the page it leads to is. Returns at once; the batch goes after the response.
 */
export function countVisit(request: NextRequest, response: Response, event: unknown): void {
  const s = settings();
  if (!hasWaitUntil(event)) return;
  if (s.VISIT_LOG === 'off' || !s.AUTH_SECRET) return;
  if (response.status >= 300 && response.status < 400) return;
  if (!isPageView(request.method, request.nextUrl.pathname, request.headers)) return;
  buffer.add(visitOf(request.nextUrl.pathname, request.headers, { hops: s.TRUSTED_PROXY_HOPS, countryHeader: s.VISIT_COUNTRY_HEADER, now: Date.now() }), event);
}
