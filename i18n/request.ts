import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

// Messages live in one file per area so each area's texts can change on their own:
// messages/<locale>.json (site-wide) and messages/<locale>/<area>.json.
async function loadMessages(locale: string) {
  const [common, careers, auth, dashboard, email, admin, retention, portal, subscription, profile, profileInstrument] = await Promise.all([
    import(`../messages/${locale}.json`),
    import(`../messages/${locale}/careers.json`),
    import(`../messages/${locale}/auth.json`),
    import(`../messages/${locale}/dashboard.json`),
    import(`../messages/${locale}/email.json`),
    import(`../messages/${locale}/admin.json`),
    import(`../messages/${locale}/retention.json`),
    import(`../messages/${locale}/portal.json`),
    import(`../messages/${locale}/subscription.json`),
    import(`../messages/${locale}/profile.json`),
    import(`../messages/${locale}/profile-instrument.json`),
  ]);
  return { ...common.default, ...careers.default, ...auth.default, ...dashboard.default, ...email.default, ...admin.default, ...retention.default, ...portal.default, ...subscription.default, ...profile.default, ...profileInstrument.default };
}

export default getRequestConfig(async ({ requestLocale, locale: given }) => {
  // A locale passed in (getTranslations({ locale })) first: awaiting requestLocale can read the request's
  // headers, which turns a cached page into a failing dynamic one.
  const requested = given ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: 'Europe/Oslo' };
});
