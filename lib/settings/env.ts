import { z } from 'zod';

/**
 * Every setting the app reads, validated by one schema: nothing else reads
 * process.env. Pure zod and edge-safe, so middleware and Auth.js's edge half
 * read the same values as the server.
 */
const minutes = z.coerce.number().positive().max(24 * 60);
const HOPS = 'must be a whole number from 1 to 10';
const count = (max: number) => z.coerce.number({ error: `must be a whole number from 1 to ${max}` }).int().min(1).max(max);

/** What the session rules need; never requires a secret, so it is safe while building. */
const sessionSchema = z.object({
  APP_URL: z.url({ error: 'must be an absolute URL such as https://seerecruit.com' }).default('http://localhost:3000'),
  SESSION_IDLE_MINUTES: minutes.default(30),
  SESSION_MAX_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
});

/** Where the data is; never requires a secret, so migrations and scripts can read it alone. */
const databaseSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  /** The owner login that runs migrations; unset → DATABASE_URL (one login, as in development). */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  DB_POOL_MAX: count(100).default(10),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
});

const schema = sessionSchema.extend(databaseSchema.shape).extend({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default('SeeRecruit <no-reply@seerecruit.com>'),
  /** `resend` when RESEND_API_KEY is set, else `capture` (rendered emails kept in the database, never sent). */
  EMAIL_TRANSPORT: z.enum(['resend', 'capture'], { error: 'must be resend or capture' }).optional(),
  ENABLE_DEV_OUTBOX: z.enum(['0', '1']).optional(),
  CRON_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number({ error: HOPS }).int({ error: HOPS }).min(1, { error: HOPS }).max(10, { error: HOPS }).default(1),
  APPLY_LIMIT_PER_IP: count(100_000).default(30),
  APPLY_LIMIT_PER_EMAIL: count(10_000).default(5),
  /** Sign-ups (verified or not) from one client address per hour; the per-address limit (3) is fixed. */
  SIGNUP_LIMIT_PER_IP: count(100_000).default(10),
  /** Visitor statistics (lib/edge/visit-log.ts): `on` counts every page request in page_views, `off` counts none. */
  VISIT_LOG: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /**
   * Behind a platform that puts the visitor's country in a request header (Vercel: x-vercel-ip-country,
   * Cloudflare: cf-ipcountry), that header's name; unset → the country comes from the offline database.
   */
  VISIT_COUNTRY_HEADER: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/i, { error: 'must be a header name such as x-vercel-ip-country' })
    .transform((v) => v.toLowerCase())
    .optional(),
  /** Serves /dev/floor, the bench's bare page (npm run bench sets it). */
  BENCH_FLOOR: z.enum(['0', '1']).optional(),
});

export type Settings = z.infer<typeof schema> & { AUTH_SECRET: string; EMAIL_TRANSPORT: 'resend' | 'capture' };
export type SessionSettings = z.infer<typeof sessionSchema>;
export type DatabaseSettings = z.infer<typeof databaseSchema>;

type Source = Record<string, string | undefined>;

/** Unset and empty are the same: an empty variable takes the default. */
const cleaned = (source: Source) => Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]!;
  return `Setting ${String(issue.path[0])} is invalid: ${issue.message}`;
};

/** One line naming the first bad variable, or null when the settings are usable. */
export function checkSettings(source: Source): { settings: Settings } | { error: string } {
  const parsed = schema.safeParse(cleaned(source));
  if (!parsed.success) return { error: firstIssue(parsed.error) };
  const s = parsed.data;
  const given = cleaned(source);
  const production = s.NODE_ENV === 'production';
  const transport = s.EMAIL_TRANSPORT ?? (s.RESEND_API_KEY ? 'resend' : 'capture');
  if (production) {
    // A real deployment cannot run on a forgotten default: links, cookies and secrets depend on these.
    if (!given.APP_URL) return { error: 'Setting APP_URL is required in production (the public address, e.g. https://seerecruit.com)' };
    if (!s.AUTH_SECRET) return { error: 'Setting AUTH_SECRET is required in production (32+ random characters, e.g. `openssl rand -base64 32`)' };
    if (!s.CRON_SECRET || s.CRON_SECRET.length < 32) return { error: 'Setting CRON_SECRET is required in production (32+ random characters, e.g. `openssl rand -base64 32`)' };
    if (!s.RESEND_API_KEY && given.EMAIL_TRANSPORT !== 'capture') {
      return { error: 'Setting RESEND_API_KEY is required in production (or EMAIL_TRANSPORT=capture to keep emails unsent, on purpose)' };
    }
  }
  if (transport === 'resend' && !s.RESEND_API_KEY) return { error: 'Setting RESEND_API_KEY is required when EMAIL_TRANSPORT=resend' };
  if (s.RESEND_API_KEY && !source.EMAIL_FROM) {
    return { error: 'Setting EMAIL_FROM is required when RESEND_API_KEY is set' };
  }
  return { settings: { ...s, AUTH_SECRET: s.AUTH_SECRET ?? '', EMAIL_TRANSPORT: transport } };
}

let cached: Settings | undefined;
let cachedSession: SessionSettings | undefined;

/** One part of the schema alone, for code that must run without the rest (the edge, migrations). */
function part<T>(partSchema: z.ZodType<T>): T {
  const parsed = partSchema.safeParse(cleaned(process.env));
  if (!parsed.success) throw new Error(firstIssue(parsed.error));
  return parsed.data;
}

/** Validated settings; throws with the one-line message when they are not usable. Read lazily, never at import. */
export function settings(): Settings {
  if (cached) return cached;
  const result = checkSettings(process.env);
  if ('error' in result) throw new Error(result.error);
  cached = result.settings;
  return cached;
}

/** The session-related settings alone (the edge half reads them when Auth.js starts). */
export function sessionSettings(): SessionSettings {
  return (cachedSession ??= part(sessionSchema));
}

/** The database settings alone (scripts and migrations read them without the app's secrets). */
export function databaseSettings(): DatabaseSettings {
  return part(databaseSchema);
}

/** For tests that change process.env: read the settings again. */
export function forgetSettings(): void {
  cached = undefined;
  cachedSelfOrigin = undefined;
  cachedSession = undefined;
}

/** Our own origin, without a trailing slash: links in emails, redirects, the sign-in page. */
export function appUrl(s: Pick<SessionSettings, 'APP_URL'> = sessionSettings()): string {
  return new URL(s.APP_URL).origin;
}

const portSchema = z.object({ PORT: z.coerce.number().int().min(1).max(65_535).optional() });
let cachedSelfOrigin: string | undefined;

/**
 * This server's own address for asking itself (the apply endpoint's form render, the midnight expiry of career pages):
 * the loopback on the port `next start` / `next dev` listen on (they put it in PORT
 * once listening; the edge sandbox sees the same environment). Null when the port is
 * unknown, so the caller falls back to APP_URL.
 */
export function selfOrigin(source: Record<string, string | undefined> = process.env): string | null {
  if (cachedSelfOrigin && source === process.env) return cachedSelfOrigin;
  const parsed = portSchema.safeParse(cleaned(source));
  if (!parsed.success || parsed.data.PORT === undefined) return null;
  const origin = `http://127.0.0.1:${parsed.data.PORT}`;
  if (source === process.env) cachedSelfOrigin = origin;
  return origin;
}

/** Whether this deployment is served over https (Secure cookies, the __Secure- cookie prefix). */
export function isHttps(s: Pick<SessionSettings, 'APP_URL'> = sessionSettings()): boolean {
  return new URL(s.APP_URL).protocol === 'https:';
}

/** Whether a URL's host is this machine (localhost, 127.0.0.0/8, ::1). */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The dev outbox (/dev/outbox, /api/dev/outbox) shows captured emails, reset and
 * invitation links included, to anyone who asks: so it is served only when asked
 * for (ENABLE_DEV_OUTBOX=1), only while APP_URL is a loopback address (a real
 * deployment never is) and never once real delivery is configured.
 */
export function devOutboxEnabled(s: Settings = settings()): boolean {
  return s.ENABLE_DEV_OUTBOX === '1' && isLoopback(s.APP_URL) && !s.RESEND_API_KEY;
}
