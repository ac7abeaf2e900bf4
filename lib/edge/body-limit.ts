/**
 * Request bodies refused from their Content-Length alone (edge-safe: headers
 * only). The apply endpoint takes up to MAX_APPLY_BODY_BYTES and checks that
 * itself (middleware.ts leaves /api/apply alone so Next does not buffer its
 * body); every other POST is a small form or a server action.
 */
export const MAX_FORM_BODY_BYTES = 1024 * 1024;

export function declaredTooLarge(headers: Headers, limit: number): boolean {
  const declared = Number(headers.get('content-length') ?? '');
  return Number.isFinite(declared) && declared > limit;
}

const APPLY_PAGE = /^(?:\/en)?\/careers\/[a-z0-9-]+\/[a-z0-9-]+\/apply$/;

/**
 * A POST that says it is larger than any of our forms takes, refused before Next
 * buffers or parses it (M6): the apply page itself (an old page's form, or a
 * script) goes to the friendly too-large page, anything else gets a plain 413.
 */
export function largeBodyRefusal(method: string, pathname: string, headers: Headers): { status: 303; location: string } | { status: 413 } | null {
  if (method !== 'POST' || !declaredTooLarge(headers, MAX_FORM_BODY_BYTES)) return null;
  const path = pathname.replace(/\/$/, '');
  return APPLY_PAGE.test(path) ? { status: 303, location: `${path}/too-large` } : { status: 413 };
}
