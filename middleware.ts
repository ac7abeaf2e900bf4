import NextAuth from 'next-auth';
import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/auth.config';
import { splitLocale } from '@/i18n/paths';
import { routing } from '@/i18n/routing';
import { claimsOf, SESSION_COOKIE_NAME, SESSION_MARKER_COOKIE, type SessionClaims } from '@/lib/auth/session-policy';
import { largeBodyRefusal } from '@/lib/edge/body-limit';
import { isForgedProfileLink, isForgedReceipt } from '@/lib/edge/receipt-check';
import { careersPageStatus } from '@/lib/edge/page-status';
import { decide, PRIVATE_PATHS, SESSION_PATHS } from '@/lib/edge/session-gate';
import { countVisit } from '@/lib/edge/visit-log';
import { newNonce, NONCE_PATHS, PREVIEW_PATH, previewHeaders, securityHeaders } from '@/lib/security/headers';
import { appUrl, isHttps, settings } from '@/lib/settings/env';

// Edge runtime: no database driver, no Node APIs. The cheap first wall; pages,
// actions and the database each check again. Each step is a named module:
// the session gate (lib/edge/session-gate), page status codes
// (lib/edge/page-status) and the headers (lib/security/headers).
const intl = createIntlMiddleware(routing);
const { auth } = NextAuth(authConfig);

// /admin is localised like the dashboard (app/[locale]/admin: nb at /admin, en at /en/admin).
const NON_LOCALISED = /^\/(api|dev)(\/|$)/;

function routed(request: NextRequest): NextResponse {
  return NON_LOCALISED.test(request.nextUrl.pathname) ? NextResponse.next({ request: { headers: request.headers } }) : intl(request);
}

/** Marks a response as the ordinary 404, so it gets exactly the headers a missing page gets. */
const NOT_FOUND_MARK = 'x-seerecruit-not-found';

/**
 * The ordinary 404 page of a language (app/[locale]/[...rest]), whatever the path asked for, with nothing that
 * tells it from a page we do not have: no nonce (a nonce, or a private Cache-Control, would say that /admin or
 * another employer's dashboard is there).
 */
function notFoundPage(request: NextRequest, locale: 'nb' | 'en'): NextResponse {
  request.headers.delete('content-security-policy');
  request.headers.delete('x-nonce');
  const response = NextResponse.rewrite(new URL(`/${locale}/__not-found`, request.url), { request: { headers: request.headers } });
  response.headers.set(NOT_FOUND_MARK, '1');
  return response;
}

/** The session gate's decision as a response. */
function gate(request: NextRequest, claims: SessionClaims | null): NextResponse {
  const decision = decide(
    { pathname: request.nextUrl.pathname, search: request.nextUrl.search, marker: request.cookies.get(SESSION_MARKER_COOKIE)?.value, action: request.headers.has('next-action') },
    claims,
    appUrl(),
  );
  switch (decision.kind) {
    case 'login': {
      const response = NextResponse.redirect(decision.location, 303);
      response.cookies.delete(SESSION_MARKER_COOKIE);
      return response;
    }
    case 'enrol-mfa':
      return NextResponse.redirect(decision.location, 303);
    case 'not-found':
      // A server action posted there never reaches the app.
      if (decision.action) return new NextResponse('Not found', { status: 404 });
      return notFoundPage(request, decision.locale);
    case 'pass': {
      const response = routed(request);
      if (decision.marker !== null) response.cookies.set(SESSION_MARKER_COOKIE, String(decision.marker), { httpOnly: true, sameSite: 'lax', secure: isHttps(), path: '/' });
      return response;
    }
  }
}

// With a lazily built config (auth.config.ts reads the settings when Auth.js starts), Auth.js hands back the wrapped handler through a promise.
const withAuth = auth((request) => gate(request, claimsOf((request.auth as { claims?: unknown } | null)?.claims))) as unknown as Promise<(r: NextRequest, e: unknown) => Promise<Response>>;

const hasSessionCookie = (request: NextRequest) => request.cookies.getAll().some((c) => SESSION_COOKIE_NAME.test(c.name));

/** Auth.js only when there is a session to read: a visitor without one gets no cookies at all. */
async function withSession(request: NextRequest, event: unknown): Promise<Response> {
  if (!hasSessionCookie(request)) return gate(request, null);
  const response = await (await withAuth)(request, event);
  // We use neither Auth.js's CSRF cookie (server actions are origin-checked) nor its callback cookie.
  const cookies = response.headers.getSetCookie().filter((c) => !/^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)=/.test(c));
  response.headers.delete('set-cookie');
  for (const c of cookies) response.headers.append('set-cookie', c);
  return response;
}

/** Too large by its Content-Length (lib/edge/body-limit): answered here, unread. */
function refuseLargeBody(request: NextRequest): Response | null {
  const refusal = largeBodyRefusal(request.method, request.nextUrl.pathname, request.headers);
  if (!refusal) return null;
  if (refusal.status === 413) return new NextResponse('Request body too large', { status: 413, headers: { 'Cache-Control': 'no-store' } });
  // A redirect from middleware needs an absolute address: our own, never the request's Host.
  return NextResponse.redirect(new URL(refusal.location, appUrl()), 303);
}

export default async function middleware(request: NextRequest, event: unknown) {
  const tooLarge = refuseLargeBody(request);
  if (tooLarge) return tooLarge;
  // A nonce only where the page is rendered per request anyway (lib/security/headers NONCE_PATHS); every other
  // page may come from Next's cache, which a per-request nonce would forbid.
  const nonce = NONCE_PATHS.test(request.nextUrl.pathname) ? newNonce() : null;
  const headers = securityHeaders(nonce, settings().NODE_ENV === 'production');
  if (nonce !== null) {
    // Next.js takes the nonce for its own scripts from the request's CSP header;
    // next-intl forwards the request headers it is given, so set them in place
    // (a cloned NextRequest would rewrite to the wrong host).
    request.headers.set('content-security-policy', headers['Content-Security-Policy']!);
    request.headers.set('x-nonce', nonce);
  }

  const sessionPath = SESSION_PATHS.test(request.nextUrl.pathname);
  let response: Response;
  if (sessionPath) response = await withSession(request, event);
  // A receipt address we did not sign: the ordinary 404 page, as HTML (lib/edge/receipt-check).
  else if ((await isForgedReceipt(request.nextUrl, settings().AUTH_SECRET)) || (await isForgedProfileLink(request.nextUrl, settings().AUTH_SECRET))) response = notFoundPage(request, splitLocale(request.nextUrl.pathname).locale);
  else response = routed(request);

  // 429 for the busy page: the page renders as usual, with this status. Decided from the URL alone.
  const pageStatus = sessionPath ? null : careersPageStatus(request.nextUrl, request.method);
  if (pageStatus) {
    response = new NextResponse(response.body, { status: pageStatus.status, headers: response.headers });
    for (const [name, value] of Object.entries(pageStatus.headers)) response.headers.set(name, value);
  }

  const notFound = response.headers.has(NOT_FOUND_MARK);
  response.headers.delete(NOT_FOUND_MARK);
  for (const [name, value] of Object.entries(notFound ? securityHeaders(null, settings().NODE_ENV === 'production') : headers)) response.headers.set(name, value);
  // The one response our own pages may frame: the PDF preview, with its own tight policy.
  if (PREVIEW_PATH.test(request.nextUrl.pathname)) for (const [name, value] of Object.entries(previewHeaders())) response.headers.set(name, value);
  // Signed-in pages are personal: never cached by anyone else.
  if (PRIVATE_PATHS.test(request.nextUrl.pathname) && !notFound) response.headers.set('Cache-Control', 'private, no-store');
  // One row in page_views per page request, sent in batches after the response (lib/edge/visit-log.ts).
  countVisit(request, response, event);
  return response;
}

export const config = {
  // Everything but Next's static files, files with an extension (icons, images), the visit log's
  // own ingest (lib/edge/visit-log.ts posts batches there) and the apply endpoint: for a path it matches, Next copies the request body into memory and waits for
  // all of it before the handler runs; the apply endpoint must count a request first and
  // read it through its own cap (lib/applications/intake.ts).
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|api/apply/|api/visits|.*\\.[a-z0-9]+$).*)'],
};
