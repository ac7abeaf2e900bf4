'use server';

import { redirect } from 'next/navigation';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { signUpEmployer, type SignupField, type SignupProblem } from '@/lib/tenancy/signup';
import { requestIp } from '@/lib/security/client-ip';

export interface SignupState {
  values: Partial<Record<Exclude<SignupField, 'password'>, string>>;
  errors: Partial<Record<SignupField, SignupProblem>>;
  throttled?: boolean;
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '').slice(0, 1000);

export async function signUpAction(_prev: SignupState, formData: FormData): Promise<SignupState> {
  const locale = formData.get('locale') === 'en' ? 'en' : 'nb';
  const input = { companyName: text(formData, 'companyName'), slug: text(formData, 'slug'), name: text(formData, 'name'), email: text(formData, 'email'), password: text(formData, 'password') };
  const result = await signUpEmployer(input, await requestIp());
  if (!result.ok) {
    // The password is never sent back into the page.
    const { password: _password, ...values } = input;
    void _password;
    return { values, errors: result.errors, throttled: result.throttled };
  }
  redirect(`${withLocalePrefix(locale, '/login')}?${new URLSearchParams({ reason: 'joined', callbackUrl: withLocalePrefix(locale, `/dashboard/${result.slug}`) })}`);
}
