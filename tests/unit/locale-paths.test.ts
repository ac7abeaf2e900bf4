import { describe, expect, it } from 'vitest';
import { alternatesFor, localePath, pathInLocale } from '../../i18n/alternates';

describe('language URLs: nb at the root, en under /en, localised names where they differ', () => {
  it('builds the visible path of a route in each language', () => {
    expect(localePath('/privacy', 'nb')).toBe('/personvern');
    expect(localePath('/privacy', 'en')).toBe('/en/privacy');
    expect(localePath('/', 'en')).toBe('/en');
    expect(localePath('/careers/[tenant]/[job]', 'en', { tenant: 'acme', job: 'backend' })).toBe('/en/careers/acme/backend');
  });

  it('switches a page to the other language and keeps its parameters', () => {
    expect(pathInLocale('/om', 'en')).toBe('/en/about');
    expect(pathInLocale('/en/privacy', 'nb')).toBe('/personvern');
    expect(pathInLocale('/careers/acme/backend', 'en')).toBe('/en/careers/acme/backend');
    expect(pathInLocale('/en', 'nb')).toBe('/');
  });

  it('falls back to the front page for paths it does not know', () => {
    expect(pathInLocale('/finnes-ikke', 'en')).toBe('/en');
  });

  it('gives hreflang alternates for both languages and x-default', () => {
    expect(alternatesFor('/personvern').languages).toEqual({ nb: '/personvern', en: '/en/privacy', 'x-default': '/personvern' });
  });
});

describe('a page rendered without a locale still gets working links', () => {
  it('falls back to Norwegian paths instead of crashing', () => {
    expect(localePath('/privacy', undefined as never)).toBe('/personvern');
  });
});
