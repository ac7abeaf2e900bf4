// An employer's slug is its career site's address (/careers/{slug}) and its
// dashboard's (/dashboard/{slug}). Plain functions, no server imports: the sign-up
// form proposes a slug as the name is typed, and the server proposes the same one
// when the field is left empty (forms work without JavaScript).

export const SLUG_MIN = 2;
export const SLUG_MAX = 40;

/**
 * Words that name our own pages or would be confused with them, refused as
 * slugs: the one list, used at sign-up and at confirmation (the database itself
 * refuses only "account", drizzle/0003).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'about', 'account', 'admin', 'administrator', 'api', 'app', 'apply', 'auth', 'billing', 'careers', 'cron', 'dashboard',
  'dev', 'en', 'help', 'health', 'invitation', 'jobs', 'login', 'logout', 'new', 'nb', 'nn', 'no', 'om',
  'outbox', 'personprofil', 'personvern', 'privacy', 'profile', 'root', 'seerecruit', 'settings', 'signup', 'staff', 'static', 'statistics',
  'status', 'subscription', 'support', 'team', 'www',
]);

const SHAPE = new RegExp(`^(?=.{${SLUG_MIN},${SLUG_MAX}}$)[a-z0-9]+(?:-[a-z0-9]+)*$`);

export type SlugProblem = 'required' | 'slugShape' | 'slugReserved';

/** Why a slug cannot be used (leaving aside whether another employer has it), or null. */
export function slugProblem(slug: string): SlugProblem | null {
  if (!slug) return 'required';
  if (!SHAPE.test(slug)) return 'slugShape';
  if (RESERVED_SLUGS.has(slug)) return 'slugReserved';
  return null;
}

// Legal forms written after a Norwegian company's name: not part of its address.
const LEGAL_FORMS = new Set(['as', 'asa', 'ans', 'da', 'enk', 'sa', 'ba', 'nuf', 'ks', 'sf', 'iks', 'stiftelse']);

/**
 * A slug from a company name: lower case, æ→ae, ø→o, å→a, other accents dropped,
 * anything else a hyphen, a trailing legal form ("AS", "ASA", …) left out, at most
 * 40 characters. Empty when nothing usable is left; it may still be reserved or taken.
 */
export function proposeSlug(companyName: string): string {
  const words = companyName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();
  const slug = words.join('-');
  if (slug.length <= SLUG_MAX) return slug;
  // Cut at the last whole word that fits; one very long word is cut inside.
  const cut = slug.slice(0, SLUG_MAX + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen >= SLUG_MIN ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_MAX);
}
