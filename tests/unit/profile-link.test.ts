import { describe, expect, it } from 'vitest';
import { newReference } from '../../lib/applications/reference';
import { isForgedProfileLink, profileLinkSignature } from '../../lib/edge/receipt-check';
import { PRIVATE_PATHS } from '../../lib/edge/session-gate';
import { NONCE_PATHS } from '../../lib/security/headers';
import { parsePageAnswers, storedAnswers } from '../../lib/profile/answers';
import { itemsOnPage } from '../../lib/profile/instrument';
import { profilePath, signProfileLink, verifyProfileLink } from '../../lib/profile/link';

const secret = process.env.AUTH_SECRET!;
const at = (path: string) => new URL(path, 'http://127.0.0.1:3000');

describe('Personprofilen’s link', () => {
  it('is signed the same at the edge as on the server, in both languages’ addresses', async () => {
    for (let i = 0; i < 20; i++) {
      const reference = newReference();
      expect(await profileLinkSignature('acme', reference, secret)).toBe(signProfileLink('acme', reference));
      for (const locale of ['nb', 'en'] as const) expect(await isForgedProfileLink(at(profilePath(locale, 'acme', reference)), secret)).toBe(false);
    }
    expect(profilePath('nb', 'acme', 'SR-AAAA-BBBB')).toMatch(/^\/personprofil\/acme\?ref=SR-AAAA-BBBB&sig=/);
    expect(profilePath('en', 'acme', 'SR-AAAA-BBBB', { page: '2' })).toMatch(/^\/en\/profile\/acme\?ref=SR-AAAA-BBBB&sig=[A-Za-z0-9_-]{22}&page=2$/);
  });

  it('is refused for another employer, a changed or missing signature, or a malformed reference', async () => {
    const reference = newReference();
    const good = signProfileLink('acme', reference);
    expect(verifyProfileLink('acme', reference, good)).toBe(true);
    expect(verifyProfileLink('fjord', reference, good)).toBe(false);
    expect(verifyProfileLink('acme', reference, good.slice(0, 10))).toBe(false);
    expect(verifyProfileLink('acme', 'sr-aaaa-bbbb', good)).toBe(false);
    for (const url of [`/personprofil/fjord?ref=${reference}&sig=${good}`, `/personprofil/acme?ref=${reference}`, `/en/profile/acme?ref=${reference}&sig=${good}x`, '/personprofil/acme']) {
      expect(await isForgedProfileLink(at(url), secret), url).toBe(true);
    }
    expect(await isForgedProfileLink(at(`/personprofil/acme?ref=${reference}&sig=${good}`), undefined)).toBe(true);
    for (const url of ['/personvern', '/careers/acme', '/en/profiles/acme', '/personprofil/acme/x']) expect(await isForgedProfileLink(at(url), secret), url).toBe(false);
  });
});

describe('Personprofilen’s pages are her own', () => {
  it('get the per-request nonce and are never cached by anyone else, in both languages', () => {
    for (const path of ['/personprofil/acme', '/en/profile/acme']) {
      expect(NONCE_PATHS.test(path), path).toBe(true);
      expect(PRIVATE_PATHS.test(path), path).toBe(true);
    }
    expect(PRIVATE_PATHS.test('/personvern')).toBe(false);
  });
});

describe('a page of answers as the form sends it', () => {
  const page = 2;
  const ids = itemsOnPage(page).map((i) => i.id);
  it('takes the page’s own items as 1…5, lists the unanswered, and ignores other pages’ items', () => {
    const form = Object.fromEntries(ids.slice(0, 6).map((id, i) => [id, String((i % 5) + 1)]));
    const parsed = parsePageAnswers(page, { ...form, q01: '5', tenant: 'acme' });
    expect(parsed).toEqual({ kind: 'ok', answers: Object.fromEntries(ids.slice(0, 6).map((id, i) => [id, (i % 5) + 1])), missing: ids.slice(6) });
  });
  it('refuses a value no radio sends, and a page that does not exist', () => {
    for (const bad of ['0', '6', '2.5', ' 3', 'x', ['1', '2']]) expect(parsePageAnswers(page, { [ids[0]!]: bad }), String(bad)).toEqual({ kind: 'invalid' });
    expect(parsePageAnswers(6, {})).toEqual({ kind: 'invalid' });
    expect(parsePageAnswers(0, {})).toEqual({ kind: 'invalid' });
  });
  it('reads stored answers back keeping only item ids with values 1…5', () => {
    expect(storedAnswers({ q01: 3, q02: 9, x: 1, q03: '4' })).toEqual({ q01: 3 });
    expect(storedAnswers(null)).toEqual({});
  });
});
