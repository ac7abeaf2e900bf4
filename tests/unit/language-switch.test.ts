import { describe, expect, it } from 'vitest';
import { pathInLocale } from '../../i18n/alternates';

describe('the language link keeps the reader on the same page', () => {
  it('switches a dashboard page, however deep, to the same page in the other language', () => {
    expect(pathInLocale('/dashboard/acme/applications/0b7c', 'en')).toBe('/en/dashboard/acme/applications/0b7c');
    expect(pathInLocale('/en/dashboard/acme/jobs/new', 'nb')).toBe('/dashboard/acme/jobs/new');
    expect(pathInLocale('/dashboard/account/security', 'en')).toBe('/en/dashboard/account/security');
    expect(pathInLocale('/en/dashboard', 'nb')).toBe('/dashboard');
  });

  it('switches the sign-in pages below /login too', () => {
    expect(pathInLocale('/login/forgot', 'en')).toBe('/en/login/forgot');
    expect(pathInLocale('/en/login/reset', 'nb')).toBe('/login/reset');
  });

  it('still sends a path it does not know to the front page', () => {
    expect(pathInLocale('/dashboardx/acme', 'en')).toBe('/en');
    expect(pathInLocale('/om/noe', 'en')).toBe('/en');
  });
});
