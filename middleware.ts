import NextAuth from 'next-auth';
import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig, claimsOf } from './auth.config';
import { careersPageStatus } from './lib/careers/edge-status';
import { routing } from './i18n/routing';
import { withLocalePrefix, SESSION_COOKIE_NAME, SESSION_MARKER_COOKIE, sessionLimits, type SessionClaims } from './lib/auth/session-policy';
import { newNonce, PREVIEW_PATH, previewHeaders, securityHeaders } from './lib/security/headers';

// Edge runtime: no database driver, no Node APIs. This is the cheap first wall;
// pages, actions and the database each check again.
const intl = createIntlMiddleware(routing);
const { auth } = NextAuth(authConfig);

// Where middleware may ask the app itself: configured, never taken from a request.
const OWN_ORIGIN = new URL(process.env.APP_URL ?? 'http://localhost:3000').origin;

const NON_LOCALISED = /^\/(api|dev|admin)(\/|$)/;
// Auth.js (and its cookie) only where a session matters; public pages stay cookie-free.
// Not on /login: a visit there must not count as activity (nor slide an idle session).
const SESSION_PATHS = /^(\/en)?\/(dashboard|admin)(\/|$)|^\/(admin|api\/auth)(\/|$)/;
const PRIVATE_PATHS = /^(\/en)?\/(dashboard|login|admin)(\/|$)|^\/(admin|api\/auth)(\/|$)/;

function splitLocale(pathname: string): { locale: 'nb' | 'en'; rest: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) return { locale: 'en', rest: pathname.slice(3) || '/' };
  return { locale: 'nb', rest: pathname };
}

function routed(request: NextRequest): NextResponse {
  return NON_LOCALISED.test(request.nextUrl.pathname) ? NextResponse.next({ request: { headers: request.headers } }) : intl(request);
}

/** Our own origin for redirects: Auth.js's default is neither locale-aware nor host-correct. */
function origin(request: NextRequest): string {
  return process.env.APP_URL ? new URL(process.env.APP_URL).origin : request.nextUrl.origin;
}

function decide(request: NextRequest, claims: SessionClaims | null): NextResponse {
  const { pathname, search } = request.nextUrl;
  const { locale, rest } = splitLocale(pathname);
  const onDashboard = rest === '/dashboard' || rest.startsWith('/dashboard/');

  if (onDashboard && !claims) {
    // The browser drops an idle cookie, so "no session" plus our marker means idle
    // (or expired, when the sign-in time on the marker is past the absolute limit).
    const marker = Number(request.cookies.get(SESSION_MARKER_COOKIE)?.value);
    const url = new URL(withLocalePrefix(locale, '/login'), origin(request));
    url.searchParams.set('callbackUrl', pathname + search);
    if (Number.isFinite(marker) && marker > 0) {
      url.searchParams.set('reason', Date.now() - marker >= sessionLimits().maxMs ? 'expired' : 'idle');
    }
    const response = NextResponse.redirect(url, 303);
    response.cookies.delete(SESSION_MARKER_COOKIE);
    return response;
  }

  if (onDashboard && claims) {
    const slug = rest.split('/')[2];
    if (claims.mustEnrolMfa && !rest.startsWith('/dashboard/account')) {
      return NextResponse.redirect(new URL(withLocalePrefix(locale, '/dashboard/account/security'), origin(request)), 303);
    }
    // A tenant the token does not list: the ordinary 404 page, as for a tenant that does not exist.
    if (slug && slug !== 'account' && !claims.tenants.includes(slug)) {
      // A server action posted there never reaches the app.
      if (request.headers.has('next-action')) return new NextResponse('Not found', { status: 404 });
      return NextResponse.rewrite(new URL(`/${locale}/__not-found`, request.url), { request: { headers: request.headers } });
    }
  }

  const response = routed(request);
  if (claims) {
    response.cookies.set(SESSION_MARKER_COOKIE, String(claims.loginAt), {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      path: '/',
    });
  }
  return response;
}

const gate = auth((request) => decide(request, claimsOf((request.auth as { claims?: unknown } | null)?.claims)));

const hasSessionCookie = (request: NextRequest) => request.cookies.getAll().some((c) => SESSION_COOKIE_NAME.test(c.name));

/** Auth.js only when there is a session to read: a visitor without one gets no cookies at all. */
async function withSession(request: NextRequest, event: unknown): Promise<Response> {
  if (!hasSessionCookie(request)) return decide(request, null);
  const response = await (gate as unknown as (r: NextRequest, e: unknown) => Promise<Response>)(request, event);
  // We use neither Auth.js's CSRF cookie (server actions are origin-checked) nor its callback cookie.
  const cookies = response.headers.getSetCookie().filter((c) => !/^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)=/.test(c));
  response.headers.delete('set-cookie');
  for (const c of cookies) response.headers.append('set-cookie', c);
  return response;
}

export default async function middleware(request: NextRequest, event: unknown) {
  const nonce = newNonce();
  const production = process.env.NODE_ENV === 'production';
  const headers = securityHeaders(nonce, production);

  // Next.js takes the nonce for its own scripts from the request's CSP header;
  // next-intl forwards the request headers it is given, so set them in place
  // (a cloned NextRequest would rewrite to the wrong host).
  request.headers.set('content-security-policy', headers['Content-Security-Policy']!);
  request.headers.set('x-nonce', nonce);
  request.headers.set('x-pathname', request.nextUrl.pathname);

  const sessionPath = SESSION_PATHS.test(request.nextUrl.pathname);
  let response: Response = sessionPath
    ? await withSession(request, event)
    : routed(request);

  // 410 for a removed job, 429 for the busy page: the page renders as usual, with this status.
  const pageStatus = sessionPath ? null : await careersPageStatus(request.nextUrl, request.method, OWN_ORIGIN);
  if (pageStatus) {
    response = new NextResponse(response.body, { status: pageStatus.status, headers: response.headers });
    for (const [name, value] of Object.entries(pageStatus.headers)) response.headers.set(name, value);
  }

  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // The one response our own pages may frame: the PDF preview, with its own tight policy.
  if (PREVIEW_PATH.test(request.nextUrl.pathname)) for (const [name, value] of Object.entries(previewHeaders())) response.headers.set(name, value);
  // Signed-in pages are personal: never cached by anyone else.
  if (PRIVATE_PATHS.test(request.nextUrl.pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything but Next's static files and files with an extension (icons, images).
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
