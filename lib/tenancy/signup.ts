import 'server-only';
import { sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { memberships, tenants, users } from '@/db/schema';
import { insertAudit } from '@/lib/auth/audit';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { consumeRateLimit } from '@/lib/rate-limit';
import type { SignupField, SignupInput, SignupProblem } from './signup-state';

export type SignupResult = { ok: true; slug: string } | { ok: false; throttled?: boolean; errors: Partial<Record<SignupField, SignupProblem>> };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const RESERVED = new Set(['account', 'admin', 'api', 'dev', 'new']);

/**
 * A new employer subscribes: its tenant and its first owner, in one
 * transaction (a named system door: nobody is signed in yet). Free-text fields
 * go through the sensitive-number guard: no national ID, card or account
 * numbers are stored about subscribers.
 */
export async function signUpEmployer(raw: SignupInput, ip: string | null): Promise<SignupResult> {
  const input: SignupInput = {
    companyName: raw.companyName.trim().slice(0, 200),
    slug: raw.slug.trim().toLowerCase(),
    name: raw.name.trim().slice(0, 200),
    email: raw.email.trim().toLowerCase().slice(0, 320),
    password: raw.password,
  };
  const errors: Partial<Record<SignupField, SignupProblem>> = {};
  for (const field of ['companyName', 'slug', 'name', 'email', 'password'] as const) if (!input[field]) errors[field] = 'required';
  for (const field of ['companyName', 'slug', 'name', 'email'] as const) if (input[field] && findSensitiveNumber(input[field])) errors[field] = 'sensitiveNumber';
  if (input.slug && !errors.slug && (!SLUG.test(input.slug) || RESERVED.has(input.slug))) errors.slug = 'slugShape';
  if (input.email && !errors.email && !EMAIL.test(input.email)) errors.email = 'emailShape';
  if (input.password && !errors.password) {
    const problem = passwordProblem(input.password, [input.email, input.name, input.companyName]);
    if (problem) errors.password = problem;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const limit = await consumeRateLimit(`signup:ip:${ip ?? 'unknown'}`, 10, 3600);
  if (!limit.allowed) return { ok: false, throttled: true, errors: {} };
  const passwordHash = await hashPassword(input.password);
  return withSystem(
    'sign-up',
    async (tx) => {
      const [taken] = await tx.select({ id: tenants.id }).from(tenants).where(sql`${tenants.slug} = ${input.slug}`);
      if (taken) return { ok: false, errors: { slug: 'slugTaken' } } as const;
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
      if (existing) return { ok: false, errors: { email: 'emailTaken' } } as const;
      const [tenant] = await tx.insert(tenants).values({ slug: input.slug, name: input.companyName }).returning({ id: tenants.id });
      const [user] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id });
      await tx.insert(memberships).values({ tenantId: tenant!.id, userId: user!.id, role: 'owner' });
      await insertAudit(tx, { event: 'member_joined', tenantId: tenant!.id, userId: user!.id, ip, detail: { role: 'owner', signup: true } });
      return { ok: true, slug: input.slug } as const;
    },
  );
}
