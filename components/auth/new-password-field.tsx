import { getTranslations } from 'next-intl/server';
import { Field } from '@/components/forms/field';

const PROBLEMS = ['tooShort', 'tooLong', 'tooWeak'] as const;

/**
 * "Choose a password", as on the reset and invitation pages: the rules as a hint,
 * and the page's `?error=` code (from the password policy) as the field's error.
 */
export async function NewPasswordField({ locale, error }: { locale: string; error: unknown }) {
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const problem = PROBLEMS.find((p) => p === error);
  return (
    <Field
      name="password"
      type="password"
      label={t('fields.newPassword')}
      hint={t('passwordRules')}
      autoComplete="new-password"
      required
      error={problem ? t(`password.${problem}`) : undefined}
    />
  );
}
