import { z } from 'zod';

const minutes = z.coerce.number().positive().max(24 * 60);
const HOPS = 'must be a whole number from 1 to 10';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  APP_URL: z.url({ error: 'must be an absolute URL such as https://seerecruit.com' }).default('http://localhost:3000'),
  SESSION_IDLE_MINUTES: minutes.default(30),
  SESSION_MAX_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).optional(),
  ENABLE_DEV_OUTBOX: z.enum(['0', '1']).optional(),
  CRON_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number({ error: HOPS }).int({ error: HOPS }).min(1, { error: HOPS }).max(10, { error: HOPS }).default(1),
});

export type Settings = z.infer<typeof schema> & { AUTH_SECRET: string };

/** One line naming the first bad variable, or null when the settings are usable. */
export function checkSettings(source: Record<string, string | undefined>): { settings: Settings } | { error: string } {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `Setting ${String(issue.path[0])} is invalid: ${issue.message}` };
  }
  const s = parsed.data;
  const production = s.NODE_ENV === 'production';
  if (production && !s.AUTH_SECRET) {
    return { error: 'Setting AUTH_SECRET is required in production (32+ random characters, e.g. `openssl rand -base64 32`)' };
  }
  if (production && !s.CRON_SECRET) {
    return { error: 'Setting CRON_SECRET is required in production (16+ random characters)' };
  }
  if (s.RESEND_API_KEY && !s.EMAIL_FROM) {
    return { error: 'Setting EMAIL_FROM is required when RESEND_API_KEY is set' };
  }
  return { settings: { ...s, AUTH_SECRET: s.AUTH_SECRET ?? '' } };
}

let cached: Settings | undefined;

/** Validated settings; throws with the one-line message when they are not usable. */
export function settings(): Settings {
  if (cached) return cached;
  const result = checkSettings(process.env);
  if ('error' in result) throw new Error(result.error);
  cached = result.settings;
  return cached;
}

/** Emails are captured in the database and shown at /dev/outbox instead of being sent. */
export function devOutboxEnabled(s: Settings = settings()): boolean {
  return !s.RESEND_API_KEY && s.ENABLE_DEV_OUTBOX === '1';
}
