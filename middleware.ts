import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { newNonce, securityHeaders } from './lib/security/headers';

// Edge runtime: no database driver, no Node APIs. This is the cheap first wall;
// pages, actions and the database each check again.
const intl = createIntlMiddleware(routing);

const NON_LOCALISED = /^\/(api|dev|admin)(\/|$)/;

export default async function middleware(request: NextRequest) {
  const nonce = newNonce();
  const production = process.env.NODE_ENV === 'production';
  const headers = securityHeaders(nonce, production);

  // Next.js takes the nonce for its own scripts from the request's CSP header;
  // next-intl forwards the request headers it is given, so set them in place
  // (a cloned NextRequest would rewrite to the wrong host).
  request.headers.set('content-security-policy', headers['Content-Security-Policy']!);
  request.headers.set('x-nonce', nonce);
  request.headers.set('x-pathname', request.nextUrl.pathname);

  const response = NON_LOCALISED.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: request.headers } })
    : intl(request);

  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files and files with an extension (icons, images).
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
