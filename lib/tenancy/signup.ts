import 'server-only';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { memberships, pendingSignups, tenants, users } from '@/db/schema';
import { withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { insertAudit } from '@/lib/auth/audit';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { enqueueEmail } from '@/lib/email/outbox';
import { Refused } from '@/lib/errors';
import { cleanName, hasControlCharacters, looksLikeLink } from '@/lib/privacy/clean-text';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { consumeRateLimit } from '@/lib/rate-limit';
import { appUrl, settings } from '@/lib/settings/env';
import { createSubscription } from '@/lib/subscriptions/changes';
import { compactOrgNumber, orgNumberProblem } from './org-number';
import type { SignupField, SignupInput, SignupProblem } from './signup-state';
import { proposeSlug, slugProblem as slugShapeProblem } from './slug';

/** A refusal; `proposedSlug` is the slug the server proposed when the field was left empty, for the form to show. */
export type SignupResult = { ok: true } | { ok: false; throttled?: boolean; errors: Partial<Record<SignupField, SignupProblem>>; proposedSlug?: string };

/** How long the emailed link works, and how many sign-ups a client and an address may ask for. */
export const SIGNUP_LINK_MINUTES = 30;
/** Per hour: from one client address (SIGNUP_LIMIT_PER_IP, default 10) and for one email address. */
export const SIGNUP_LIMITS = { perClientPerHour: () => settings().SIGNUP_LIMIT_PER_IP, perAddressPerHour: 3 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function slugProblem(slug: string): SignupProblem | null {
  if (slug && findSensitiveNumber(slug)) return 'sensitiveNumber';
  return slugShapeProblem(slug);
}

/**
 * A new employer asks to subscribe. Nothing usable is created: a pending
 * sign-up (one per address, replacing an earlier one; neither the slug nor the
 * organisation number is held) and an emailed single-use link, which creates
 * the tenant and its first owner when opened (confirmSignup). The answer is the
 * same whether or not the address already has an account, and whether or not
 * the organisation already has an employer area: the inbox is told instead
 * (an account: links to sign in and to choose a new password; the organisation:
 * ask its owners for an invitation, or write to support, never who they are),
 * and nothing changes. Free-text fields lose control characters and go through
 * the sensitive-number guard. A slug left empty is proposed from the company name.
 */
export async function signUpEmployer(raw: SignupInput, ip: string | null, language: Locale = 'nb'): Promise<SignupResult> {
  const companyName = cleanName(raw.companyName);
  const typedSlug = raw.slug.trim().toLowerCase();
  const proposedSlug = typedSlug ? undefined : proposeSlug(companyName);
  const input: SignupInput = {
    companyName,
    orgNumber: compactOrgNumber(raw.orgNumber),
    slug: typedSlug || proposedSlug || '',
    name: cleanName(raw.name),
    email: raw.email.trim().toLowerCase().slice(0, 320),
    password: raw.password,
  };
  const errors: Partial<Record<SignupField, SignupProblem>> = {};
  for (const field of ['companyName', 'name', 'email', 'password'] as const) if (!input[field]) errors[field] = 'required';
  for (const field of ['companyName', 'name', 'email'] as const) if (input[field] && findSensitiveNumber(input[field])) errors[field] = 'sensitiveNumber';
  // The two names become email text for others (invitations, review L10): no links, and no control characters (M7).
  for (const field of ['companyName', 'name'] as const) {
    if (input[field] && looksLikeLink(input[field])) errors[field] = 'link';
    if (hasControlCharacters(raw[field])) errors[field] = 'controlCharacters';
  }
  if (hasControlCharacters(raw.email)) errors.email = 'controlCharacters';
  const slug = slugProblem(input.slug);
  if (slug) errors.slug = slug;
  const orgNumber = orgNumberProblem(input.orgNumber);
  if (orgNumber) errors.orgNumber = orgNumber;
  if (input.email && !errors.email && !EMAIL.test(input.email)) errors.email = 'emailShape';
  if (input.password && !errors.password) {
    const problem = passwordProblem(input.password, [input.email, input.name, input.companyName]);
    if (problem) errors.password = problem;
  }
  const shown = proposedSlug ? { proposedSlug } : {};
  if (Object.keys(errors).length > 0) return { ok: false, errors, ...shown };

  const [byClient, byAddress] = await Promise.all([
    consumeRateLimit(`signup:ip:${ip ?? 'unknown'}`, SIGNUP_LIMITS.perClientPerHour(), 3600),
    consumeRateLimit(`signup:email:${input.email}`, SIGNUP_LIMITS.perAddressPerHour, 3600),
  ]);
  if (!byClient.allowed || !byAddress.allowed) return { ok: false, throttled: true, errors: {} };
  // Hashed for known addresses too, so both answers take the same time.
  const passwordHash = await hashPassword(input.password);
  const token = newToken();
  return withSystem('sign-up', async (tx) => {
    // Expired sign-ups are useless: dropped on the way, so none lingers.
    await tx.delete(pendingSignups).where(lt(pendingSignups.expiresAt, new Date()));
    // A slug is public (it is the career site's address), so saying it is taken tells nothing about anyone's email.
    const [taken] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, input.slug));
    if (taken) return { ok: false, errors: { slug: 'slugTaken' }, ...shown } as const;
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (existing) {
      await enqueueEmail(tx, {
        template: 'signupExisting',
        language,
        recipient: input.email,
        payload: { loginUrl: `${appUrl()}${withLocalePrefix(language, '/login')}`, resetUrl: `${appUrl()}${withLocalePrefix(language, '/login/forgot')}` },
      });
      return { ok: true } as const;
    }
    // Told by email, like an address in use: the form's answer does not say which numbers have an employer area.
    const [orgTaken] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.orgNumber, input.orgNumber));
    if (orgTaken) {
      await enqueueEmail(tx, { template: 'signupOrgTaken', language, recipient: input.email, payload: { orgNumber: input.orgNumber } });
      return { ok: true } as const;
    }
    const expiresAt = new Date(Date.now() + SIGNUP_LINK_MINUTES * 60_000);
    await tx.execute(sql`
      insert into pending_signups (token_hash, email, company_name, org_number, slug, name, password_hash, expires_at)
      values (${hashToken(token)}, ${input.email}, ${input.companyName}, ${input.orgNumber}, ${input.slug}, ${input.name}, ${passwordHash}, ${expiresAt.toISOString()})
      on conflict (lower(email)) do update set token_hash = excluded.token_hash, company_name = excluded.company_name, org_number = excluded.org_number, slug = excluded.slug,
        name = excluded.name, password_hash = excluded.password_hash, expires_at = excluded.expires_at, created_at = now()`);
    await enqueueEmail(tx, {
      template: 'signupVerify',
      language,
      recipient: input.email,
      payload: { url: `${appUrl()}${withLocalePrefix(language, '/signup/verify')}?token=${encodeURIComponent(token)}`, minutes: SIGNUP_LINK_MINUTES },
    });
    return { ok: true } as const;
  });
}

/** What the link's page shows before the person confirms: the company and address they asked for. */
export async function findPendingSignup(token: string): Promise<{ companyName: string; orgNumber: string | null; slug: string; email: string } | null> {
  if (!token || token.length > 200) return null;
  const [row] = await withSystem('sign-up', (tx) =>
    tx
      .select({ companyName: pendingSignups.companyName, orgNumber: pendingSignups.orgNumber, slug: pendingSignups.slug, email: pendingSignups.email })
      .from(pendingSignups)
      .where(and(eq(pendingSignups.tokenHash, hashToken(token)), gt(pendingSignups.expiresAt, new Date()))),
  );
  return row ?? null;
}

export type ConfirmSignupResult =
  | { ok: true; slug: string; email: string }
  | { ok: false; reason: 'invalid' | 'accountExists' | 'orgNumberTaken' }
  | { ok: false; reason: 'slug'; problem: SignupProblem };

/**
 * The emailed link was opened: the address is proved, so the tenant, the
 * person and the owner membership are created in one system transaction, and
 * the pending sign-up is gone (single use). A slug taken meanwhile keeps the
 * pending sign-up and asks for another (`slug`); an address that got an
 * account meanwhile creates nothing, nor does an organisation number that got
 * an employer area meanwhile (`orgNumberTaken`: the page says how to reach its
 * owners; the pending sign-up is gone, as it can never succeed).
 */
export async function confirmSignup(token: string, opts: { slug?: string } = {}, ip: string | null = null): Promise<ConfirmSignupResult> {
  if (!token || token.length > 200) return { ok: false, reason: 'invalid' };
  const chosen = opts.slug?.trim().toLowerCase();
  if (chosen !== undefined && chosen !== '') {
    const problem = slugProblem(chosen);
    if (problem) return { ok: false, reason: 'slug', problem };
  }
  try {
    return await withSystem('sign-up', async (tx): Promise<ConfirmSignupResult> => {
      const [pending] = await tx
        .select()
        .from(pendingSignups)
        .where(and(eq(pendingSignups.tokenHash, hashToken(token)), gt(pendingSignups.expiresAt, new Date())))
        .for('update');
      if (!pending) return { ok: false, reason: 'invalid' };
      const slug = chosen || pending.slug;
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${pending.email.toLowerCase()}`);
      if (existing) {
        await tx.delete(pendingSignups).where(eq(pendingSignups.tokenHash, pending.tokenHash));
        return { ok: false, reason: 'accountExists' };
      }
      const orgTaken = async () =>
        pending.orgNumber !== null && (await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.orgNumber, pending.orgNumber))).length > 0;
      if (await orgTaken()) {
        await tx.delete(pendingSignups).where(eq(pendingSignups.tokenHash, pending.tokenHash));
        return { ok: false, reason: 'orgNumberTaken' };
      }
      // Either unique index (slug, organisation number) may refuse, when another confirmation won the race.
      const [tenant] = await tx.insert(tenants).values({ slug, name: pending.companyName, orgNumber: pending.orgNumber }).onConflictDoNothing().returning({ id: tenants.id });
      if (!tenant) {
        if (await orgTaken()) {
          await tx.delete(pendingSignups).where(eq(pendingSignups.tokenHash, pending.tokenHash));
          return { ok: false, reason: 'orgNumberTaken' };
        }
        return { ok: false, reason: 'slug', problem: 'slugTaken' };
      }
      const [user] = await tx.insert(users).values({ email: pending.email, name: pending.name, passwordHash: pending.passwordHash }).onConflictDoNothing().returning({ id: users.id });
      // An account for this address appeared between the check and the insert: undo the tenant too.
      if (!user) throw new Refused('accountExists');
      await tx.insert(memberships).values({ tenantId: tenant.id, userId: user.id, role: 'owner' });
      // Every new employer starts on the trial (events created and trial_started), in this same transaction.
      await createSubscription(tx, { tenantId: tenant.id }, { kind: 'member', userId: user.id, name: pending.name });
      await tx.delete(pendingSignups).where(eq(pendingSignups.tokenHash, pending.tokenHash));
      await insertAudit(tx, { event: 'member_joined', tenantId: tenant.id, userId: user.id, ip, detail: { role: 'owner', signup: true, emailVerified: true } });
      return { ok: true, slug, email: pending.email };
    });
  } catch (error) {
    if (error instanceof Refused && error.code === 'accountExists') return { ok: false, reason: 'accountExists' };
    throw error;
  }
}
