import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import { withLocalePrefix } from '@/i18n/paths';
import { formatOrgNumber } from '@/lib/tenancy/org-number';
import { findPendingSignup } from '@/lib/tenancy/signup';
import { confirmSignupAction } from '../actions';
import { PostForm } from '@/components/forms/post-form';

// The emailed link carries its token in the address: rendered per request, never cached. Without this the page,
// under a layout whose pages are cached on first request, fails at its first visit (DYNAMIC_SERVER_USAGE on reading
// searchParams), as seen in tests/e2e/signup-verify.spec.ts.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/signup/verify'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Signup' });
  // 'same-origin': the token in this address reaches no other site, and the form's plain post still carries its
  // Origin ('no-referrer' sends Origin: null, which Next refuses as a cross-site action: the no-JS confirm failed).
  return { title: t('verify.title'), robots: { index: false }, referrer: 'same-origin' };
}

const SLUG_PROBLEMS = ['slugTaken', 'slugShape', 'slugReserved', 'sensitiveNumber', 'required'] as const;

/**
 * The emailed link lands here. Opening it changes nothing (mail scanners open
 * links too); the button creates the employer area, as a plain form post.
 */
export default async function VerifySignupPage({ params, searchParams }: PageProps<'/[locale]/signup/verify'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Signup' });
  const token = typeof query.token === 'string' ? query.token : '';
  const error = typeof query.error === 'string' ? query.error : '';
  const pending = error === 'accountExists' || error === 'orgNumberTaken' ? null : await findPendingSignup(token);
  const slugProblem = SLUG_PROBLEMS.find((p) => p === error);
  const link = 'inline-flex min-h-11 items-center text-accent underline underline-offset-2';
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold text-accent-strong">{t('verify.title')}</h1>
      {pending ? (
        <PostForm action={confirmSignupAction} className="flex flex-col gap-5">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <p>{t('verify.lead', { company: pending.companyName, email: pending.email })}</p>
          {pending.orgNumber ? <p className="text-muted">{t('verify.orgNumber', { orgNumber: formatOrgNumber(pending.orgNumber) })}</p> : null}
          {slugProblem ? (
            <>
              <FormMessage tone="error">{t('verify.slugAgain', { slug: pending.slug })}</FormMessage>
              <Field
                name="slug"
                label={t('slug')}
                hint={t('slugHint')}
                autoComplete="off"
                required
                defaultValue={typeof query.slug === 'string' ? query.slug : pending.slug}
                error={t(`problems.${slugProblem}`)}
              />
            </>
          ) : (
            <p className="text-muted">{t('verify.address', { slug: pending.slug })}</p>
          )}
          <SubmitButton>{t('verify.submit')}</SubmitButton>
        </PostForm>
      ) : error === 'orgNumberTaken' ? (
        // The same words as the email a sign-up gets when the number is already in use: how to reach the owners, not who they are.
        <FormMessage tone="info">{t('verify.orgNumberTaken')}</FormMessage>
      ) : error === 'accountExists' ? (
        <>
          <FormMessage tone="info">{t('verify.accountExists')}</FormMessage>
          <p>
            <a href={withLocalePrefix(locale, '/login')} className={link}>
              {t('verify.signIn')}
            </a>
          </p>
        </>
      ) : (
        <>
          <FormMessage tone="error">{t('verify.invalid')}</FormMessage>
          <p>
            <a href={withLocalePrefix(locale, '/signup')} className={link}>
              {t('verify.again')}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
