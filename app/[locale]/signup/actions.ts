'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withLocalePrefix } from '@/i18n/paths';
import { publicAction, publicFormAction } from '@/lib/actions/public-action';
import { requestIp } from '@/lib/security/client-ip';
import { confirmSignup, signUpEmployer } from '@/lib/tenancy/signup';
import type { SignupState } from '@/lib/tenancy/signup-state';

const text = z.string().max(1000).catch('');
const locale = z.enum(['nb', 'en']).catch('nb');

/** Step one: a pending sign-up and an emailed link; the same "check your inbox" for every address and organisation number. */
export const signUpAction = publicAction(
  z.object({ companyName: text, orgNumber: text, slug: text, name: text, email: text, password: text, locale }),
  async ({ locale, ...input }): Promise<SignupState> => {
    const result = await signUpEmployer(input, await requestIp(), locale);
    // The password is never sent back into the page.
    const { password: _password, ...values } = input;
    void _password;
    // A slug left empty comes back as the one the server proposed, to keep or change.
    if (!result.ok) return { values: { ...values, slug: result.proposedSlug ?? values.slug }, errors: result.errors, throttled: result.throttled };
    return { values: { email: values.email.trim() }, errors: {}, sent: true };
  },
  (): SignupState => ({ values: {}, errors: {} }),
);

/** Step two, from the emailed link: a plain form post, so it works with JavaScript off too. */
export const confirmSignupAction = publicFormAction(
  z.object({ token: z.string().max(200).catch(''), slug: z.string().max(100).optional().catch(undefined), locale }),
  async (input) => {
    const result = await confirmSignup(input.token, { slug: input.slug }, await requestIp());
    const verify = withLocalePrefix(input.locale, '/signup/verify');
    if (!result.ok) {
      const params = new URLSearchParams({ token: input.token, error: result.reason === 'slug' ? result.problem : result.reason });
      if (result.reason === 'slug' && input.slug) params.set('slug', input.slug);
      redirect(`${verify}?${params}`);
    }
    const params = new URLSearchParams({ reason: 'joined', callbackUrl: withLocalePrefix(input.locale, `/dashboard/${result.slug}`) });
    redirect(`${withLocalePrefix(input.locale, '/login')}?${params}`);
  },
  async () => redirect('/signup/verify?error=invalid'),
);
