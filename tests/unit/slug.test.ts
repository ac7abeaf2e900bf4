import { describe, expect, it } from 'vitest';
import { proposeSlug, RESERVED_SLUGS, slugProblem } from '../../lib/tenancy/slug';
import { routing } from '../../i18n/routing';

// Issue 15 part 1: a slug proposed from the company name, editable, of one shape, never one of our own words.

describe('slug proposed from the company name', () => {
  it.each([
    ['Acme AS', 'acme'],
    ['Fjord Consulting AS', 'fjord-consulting'],
    ['Bølgen & Moi ASA', 'bolgen-moi'],
    ['Ærlig Åpen Økonomi', 'aerlig-apen-okonomi'],
    ['ÆØÅ æøå', 'aeoa-aeoa'],
    ['Café Crème Brûlée SA', 'cafe-creme-brulee'],
    ['Müller & Söhne', 'muller-sohne'],
    ['  --Snekker  Hansen--  ', 'snekker-hansen'],
    ['Tre Sønner ANS', 'tre-sonner'],
    ['Bygg og Anlegg Nord AS AS', 'bygg-og-anlegg-nord'],
    ['AS', 'as'],
    ['Asak Bakeri', 'asak-bakeri'],
    ['7-Eleven Norge AS', '7-eleven-norge'],
    ['!!!', ''],
  ])('%s → %s', (name, slug) => {
    expect(proposeSlug(name)).toBe(slug);
  });

  it('cuts a long name at a whole word within 40 characters, in the allowed shape', () => {
    const slug = proposeSlug('Det Norske Selskap for Ekstraordinært Lange Firmanavn og Søsterselskaper AS');
    expect(slug).toBe('det-norske-selskap-for-ekstraordinaert');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slugProblem(slug)).toBeNull();
    expect(proposeSlug('a'.repeat(60))).toBe('a'.repeat(40));
  });

  it('proposes only slugs of the allowed shape, whatever the name', () => {
    for (const name of ['Ø', 'Å A', 'Ωmega AS', 'ﬁrma ﬂyt', 'A--B', `${'x'.repeat(39)} y`, 'Ā'.repeat(45), '😀 Glad AS']) {
      const slug = proposeSlug(name);
      if (slug.length >= 2) expect(slugProblem(slug), `${name} → ${slug}`).not.toBe('slugShape');
      expect(slug).toMatch(/^[a-z0-9-]*$/);
      expect(slug).not.toMatch(/^-|-$|--/);
    }
  });
});

describe('slug rules', () => {
  it('accepts 2–40 lower-case letters, digits and single inner hyphens', () => {
    for (const ok of ['ab', 'acme', 'fjord-consulting', '7-eleven', 'a1', 'x'.repeat(40)]) expect(slugProblem(ok), ok).toBeNull();
  });

  it('refuses the wrong shape', () => {
    for (const bad of ['a', 'x'.repeat(41), '-acme', 'acme-', 'ac--me', 'Acme', 'acme as', 'bølgen', 'ac_me', 'acme.no', 'acme/']) {
      expect(slugProblem(bad), bad).toBe('slugShape');
    }
    expect(slugProblem('')).toBe('required');
  });

  it('refuses our own words, kept in one list', () => {
    for (const word of ['dashboard', 'admin', 'api', 'login', 'signup', 'careers', 'en', 'nb', 'dev', 'account', 'personvern', 'privacy', 'om']) {
      expect(RESERVED_SLUGS.has(word), word).toBe(true);
      expect(slugProblem(word), word).toBe('slugReserved');
    }
    // Every locale prefix is reserved: /en/… must never be read as a tenant.
    for (const locale of routing.locales) expect(RESERVED_SLUGS.has(locale)).toBe(true);
    // Every reserved word is itself of the slug shape, or it would never be reached.
    for (const word of RESERVED_SLUGS) expect(word).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugProblem('dashboards')).toBeNull();
  });

  it('refuses the top-level paths the app serves (a slug must not shadow them)', async () => {
    const { readdirSync } = await import('node:fs');
    const top = readdirSync(new URL('../../app/[locale]', import.meta.url), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('[') && !e.name.startsWith('(') && !e.name.startsWith('_'))
      .map((e) => e.name);
    expect(top.length).toBeGreaterThan(3);
    for (const name of top) expect(RESERVED_SLUGS.has(name), name).toBe(true);
    // And the first segment of every localised path (/om, /personvern, …).
    const firsts = Object.values(routing.pathnames).flatMap((p) => (typeof p === 'string' ? [p] : Object.values(p))).map((p) => p.split('/')[1]!).filter(Boolean);
    expect(firsts).toContain('personvern');
    for (const first of firsts) expect(RESERVED_SLUGS.has(first), first).toBe(true);
  });
});
