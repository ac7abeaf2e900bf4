import { defineRouting } from 'next-intl/routing';

export const locales = ['nb', 'en'] as const;
export type Locale = (typeof locales)[number];

// Norwegian at the root, English under /en. The language comes from the URL
// alone: no locale cookie and no Accept-Language guessing, so anonymous
// visitors get no cookies at all (privacy policy) and pages stay cacheable.
export const routing = defineRouting({
  locales,
  defaultLocale: 'nb',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: true,
  pathnames: {
    '/': '/',
    '/privacy': { nb: '/personvern', en: '/privacy' },
    '/privacy/request': { nb: '/personvern/innsyn', en: '/privacy/request' },
    // Where the request form leads (one address per answer, so each is served from cache).
    '/privacy/request/sent': { nb: '/personvern/innsyn/sendt', en: '/privacy/request/sent' },
    '/privacy/request/expired': { nb: '/personvern/innsyn/utlopt', en: '/privacy/request/expired' },
    '/privacy/request/check': { nb: '/personvern/innsyn/sjekk', en: '/privacy/request/check' },
    // The candidate portal (lib/candidate/links.ts builds these paths).
    '/privacy/request/open/[token]': { nb: '/personvern/innsyn/apne/[token]', en: '/privacy/request/open/[token]' },
    '/privacy/request/mine': { nb: '/personvern/innsyn/mine', en: '/privacy/request/mine' },
    '/privacy/request/export': { nb: '/personvern/innsyn/eksport', en: '/privacy/request/export' },
    '/about': { nb: '/om', en: '/about' },
    // Personprofilen, reached by its signed link (lib/profile/link.ts builds these paths).
    '/profile/[tenant]': { nb: '/personprofil/[tenant]', en: '/profile/[tenant]' },
    '/careers/[tenant]': '/careers/[tenant]',
    '/careers/[tenant]/[job]': '/careers/[tenant]/[job]',
    '/careers/[tenant]/[job]/apply': '/careers/[tenant]/[job]/apply',
    '/careers/[tenant]/[job]/apply/busy': '/careers/[tenant]/[job]/apply/busy',
    '/careers/[tenant]/[job]/apply/too-large': '/careers/[tenant]/[job]/apply/too-large',
    '/login': '/login',
    '/signup': '/signup',
    '/dashboard': '/dashboard',
  },
});

export type AppPathname = keyof typeof routing.pathnames;
