import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/locale-link';
import { pageAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: { absolute: t('title') }, description: t('description'), alternates: pageAlternates('/', locale as Locale) };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const promises = [1, 2, 3, 4] as const;

  return (
    <>
      <section className="bg-accent-soft">
        <div className="mx-auto max-w-5xl px-4 py-14 sm:py-20">
          <h1 className="max-w-3xl text-3xl font-bold leading-tight tracking-tight text-accent-strong sm:text-5xl">
            {t('heroTitle')}
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink">{t('heroLead')}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <LocaleLink
              href="/privacy"
              locale={locale}
              className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong"
            >
              {t('ctaPrivacy')}
            </LocaleLink>
            <LocaleLink
              href="/login"
              locale={locale}
              className="inline-flex min-h-11 items-center rounded-md border border-accent bg-white px-5 font-semibold text-accent hover:bg-accent-soft"
            >
              {t('ctaEmployers')}
            </LocaleLink>
          </div>
        </div>
      </section>

      <div className="mx-auto grid max-w-5xl gap-10 px-4 py-14 md:grid-cols-2">
        <section aria-labelledby="candidates">
          <h2 id="candidates" className="text-2xl font-semibold">{t('candidatesTitle')}</h2>
          <ul className="mt-4 space-y-3 text-[1.0625rem]">
            {([1, 2, 3, 4] as const).map((n) => (
              <li key={n} className="flex gap-3">
                <span aria-hidden="true" className="mt-2 h-2 w-2 shrink-0 rounded-full bg-accent" />
                {t(`candidates${n}`)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="employers">
          <h2 id="employers" className="text-2xl font-semibold">{t('employersTitle')}</h2>
          <ul className="mt-4 space-y-3 text-[1.0625rem]">
            {([1, 2, 3, 4] as const).map((n) => (
              <li key={n} className="flex gap-3">
                <span aria-hidden="true" className="mt-2 h-2 w-2 shrink-0 rounded-full bg-accent" />
                {t(`employers${n}`)}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="promises" className="border-t border-line bg-white">
        <div className="mx-auto max-w-5xl px-4 py-14">
          <h2 id="promises" className="text-2xl font-semibold">{t('promiseTitle')}</h2>
          <dl className="mt-6 grid gap-6 sm:grid-cols-2">
            {promises.map((n) => (
              <div key={n} className="rounded-lg border border-line p-5">
                <dt className="font-semibold text-accent-strong">{t(`promise${n}Title`)}</dt>
                <dd className="mt-2 text-muted">{t(`promise${n}`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
    </>
  );
}
