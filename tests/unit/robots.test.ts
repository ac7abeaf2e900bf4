import { afterEach, describe, expect, it } from 'vitest';
import robots from '../../app/robots';
import { forgetSettings } from '../../lib/settings/env';

describe('robots.txt', () => {
  const before = process.env.APP_URL;
  afterEach(() => {
    if (before === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = before;
    forgetSettings();
  });

  it('points crawlers at the sitemap on the public address the server runs at, and keeps them out of the private areas', () => {
    process.env.APP_URL = 'https://jobs.example.no/';
    forgetSettings();
    const file = robots();
    expect(file.sitemap).toBe('https://jobs.example.no/sitemap.xml');
    const rules = Array.isArray(file.rules) ? file.rules[0]! : file.rules;
    expect(rules.allow).toBe('/');
    for (const path of ['/dashboard', '/en/dashboard', '/admin', '/login', '/api/', '/dev/', '/personvern/innsyn/']) expect(rules.disallow).toContain(path);
    // The public pages the sitemap lists stay open to crawlers.
    for (const path of ['/careers', '/om', '/personvern', '/en']) expect([rules.disallow].flat().some((d) => d && path.startsWith(d))).toBe(false);
  });
});
