import { splitLocale } from './paths';
import { routing, type AppPathname, type Locale } from './routing';

type Template = string | Record<Locale, string>;

function templateFor(t: Template, locale: Locale): string {
  return typeof t === 'string' ? t : t[locale];
}

function matchTemplate(template: string, path: string): Record<string, string> | null {
  const a = template.split('/').filter(Boolean);
  const b = path.split('/').filter(Boolean);
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    const seg = a[i]!;
    if (seg.startsWith('[') && seg.endsWith(']')) params[seg.slice(1, -1)] = b[i]!;
    else if (seg !== b[i]) return null;
  }
  return params;
}


function withPrefix(path: string, target: Locale): string {
  return target === routing.defaultLocale ? path : `/${target}${path === '/' ? '' : path}`;
}

// Sections spelled the same in every language: everything below them keeps its
// path too (the dashboard's pages, /login/forgot …), only the /en prefix changes.
const sharedSections = (Object.values(routing.pathnames) as Template[]).filter((t): t is string => typeof t === 'string' && t !== '/' && !t.includes('['));

/**
 * The same page in another language, using next-intl's pathname table
 * (e.g. /personvern ↔ /en/privacy), or the same path under a section spelled
 * alike in both. Falls back to that language's front page.
 */
export function pathInLocale(pathname: string, target: Locale): string {
  const { locale, rest } = splitLocale(pathname);
  for (const template of Object.values(routing.pathnames) as Template[]) {
    const params = matchTemplate(templateFor(template, locale), rest);
    if (!params) continue;
    return withPrefix(templateFor(template, target).replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? ''), target);
  }
  if (sharedSections.some((section) => rest.startsWith(`${section}/`))) return withPrefix(rest, target);
  return withPrefix('/', target);
}

/** `alternates` for page metadata: canonical plus hreflang for each language. */
export function alternatesFor(pathname: string) {
  const { locale } = splitLocale(pathname);
  return {
    canonical: pathInLocale(pathname, locale),
    languages: {
      nb: pathInLocale(pathname, 'nb'),
      en: pathInLocale(pathname, 'en'),
      'x-default': pathInLocale(pathname, 'nb'),
    },
  };
}

/**
 * The visible URL of one of our routes in a language, e.g. ('/privacy', 'nb') → '/personvern'.
 * Computed from next-intl's pathname table without its client navigation code,
 * so server-rendered links ship no i18n JavaScript to candidates.
 */
export function localePath(internal: AppPathname | (string & {}), requested: Locale, params: Record<string, string> = {}): string {
  // A page rendered outside the middleware (a server action's redirect target)
  // can arrive without a locale: fall back to the default rather than crash.
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : routing.defaultLocale;
  const entry = routing.pathnames[internal as AppPathname] as Template | undefined;
  const template = entry === undefined ? internal : templateFor(entry, locale);
  const path = template.replace(/\[(\w+)\]/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
  if (locale === routing.defaultLocale) return path;
  return `/${locale}${path === '/' ? '' : path}`;
}

/** `alternates` for one of our routes in a language, from the route and its params (pages set their own: the layout cannot know the path). */
export function pageAlternates(internal: AppPathname, locale: Locale, params: Record<string, string> = {}) {
  return alternatesFor(localePath(internal, locale, params));
}
