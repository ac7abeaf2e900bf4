import { getLocale, getTranslations } from 'next-intl/server';

/** 403: a member tried a change their role does not allow. */
export default async function Forbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'DashboardErrors' });
  return (
    <div className="mx-auto max-w-5xl px-4 py-16">
      <h1 className="text-3xl font-bold text-accent-strong">{t('forbiddenTitle')}</h1>
      <p className="mt-4 max-w-xl text-lg">{t('forbidden')}</p>
    </div>
  );
}
