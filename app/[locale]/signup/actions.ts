'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withLocalePrefix } from '@/i18n/paths';
import { publicAction } from '@/lib/actions/public-action';
import { requestIp } from '@/lib/security/client-ip';
import { signUpEmployer } from '@/lib/tenancy/signup';
import type { SignupState } from '@/lib/tenancy/signup-state';

const text = z.string().max(1000).catch('');

export const signUpAction = publicAction(
  z.object({ companyName: text, slug: text, name: text, email: text, password: text, locale: z.enum(['nb', 'en']).catch('nb') }),
  async ({ locale, ...input }): Promise<SignupState> => {
    const result = await signUpEmployer(input, await requestIp());
    if (!result.ok) {
      // The password is never sent back into the page.
      const { password: _password, ...values } = input;
      void _password;
      return { values, errors: result.errors, throttled: result.throttled };
    }
    redirect(`${withLocalePrefix(locale, '/login')}?${new URLSearchParams({ reason: 'joined', callbackUrl: withLocalePrefix(locale, `/dashboard/${result.slug}`) })}`);
  },
  (): SignupState => ({ values: {}, errors: {} }),
);
