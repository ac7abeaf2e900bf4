import { after } from 'next/server';
import { withLocalePrefix } from '@/i18n/paths';
import { locales, type Locale } from '@/i18n/routing';
import { APPLY_ANSWER_HEADER, sealAnswer } from '@/lib/applications/answer-seal';
import { receiveApplyRequest } from '@/lib/applications/intake';
import { signReference } from '@/lib/applications/receipt-link';
import { deliverDueEmails } from '@/lib/email/worker';
import { clientIpFrom } from '@/lib/security/client-ip';
import { appUrl, selfOrigin, settings } from '@/lib/settings/env';
import { refusalState } from './answer';

export const dynamic = 'force-dynamic';

/**
 * The apply form posts here, with and without JavaScript (M6): a route handler,
 * not a server action, because Next parses an action's whole body before our
 * code runs, and this endpoint must count the request against its client and
 * cap the body first (lib/applications/intake.ts). middleware.ts leaves this
 * path alone, so Next does not buffer the body for it either.
 *
 * The enhanced form (header `Accept: application/json`) gets the form's next
 * state as JSON. A plain form post gets a 303 to the receipt (its own dynamic
 * page, apply/receipt), the busy page or the too-large page, or else the form
 * rendered again with the errors and what was typed by apply/again, asked of
 * our own server with a sealed state (answer-seal.ts): the apply page itself
 * reads no request headers, so it can be served from cache.
 */
const SLUG = /^[a-z0-9-]{1,80}$/;
const noStore = { 'Cache-Control': 'no-store' };

export async function POST(request: Request, { params }: RouteContext<'/api/apply/[locale]/[tenant]/[job]'>) {
  const { locale: rawLocale, tenant, job } = await params;
  // The locale and slugs come from the browser like the form: anything unknown is not there.
  if (!(locales as readonly string[]).includes(rawLocale) || !SLUG.test(tenant) || !SLUG.test(job)) return new Response('Not found', { status: 404, headers: noStore });
  const locale = rawLocale as Locale;
  if (!sameOrigin(request)) return new Response('Forbidden', { status: 403, headers: noStore });

  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const ip = clientIpFrom(request.headers, settings().TRUSTED_PROXY_HOPS) ?? 'unknown';
  const result = await receiveApplyRequest(request, { language: locale, tenantSlug: tenant, jobSlug: job, ip });
  const formPath = withLocalePrefix(locale, `/careers/${tenant}/${job}/apply`);
  const attempt = Number(request.headers.get('x-apply-attempt')) || 1;

  if (result.kind === 'stored') {
    // Only this submission's email: a backlog is the cron's and the interval worker's, not this request's to carry.
    const emailId = result.emailId;
    if (emailId) after(() => deliverDueEmails({ only: [emailId] }).then(() => undefined, () => undefined));
    const receiptUrl = `${formPath}/receipt?ref=${result.reference}&sig=${signReference(result.reference)}`;
    if (wantsJson) return Response.json({ values: result.values!.raw, errors: {}, attempt, receiptUrl }, { headers: noStore });
    return redirect(receiptUrl);
  }

  const state = await refusalState(result, result.values, locale, attempt);
  const status = result.kind === 'rateLimited' ? 429 : result.kind === 'tooLarge' ? 413 : result.kind === 'conflict' ? 409 : 200;
  if (wantsJson) {
    const headers: Record<string, string> = { ...noStore };
    if (result.kind === 'rateLimited') headers['Retry-After'] = String(result.retryAfter);
    return Response.json(state, { status, headers });
  }
  // A plain post is most often a script: refusals that need no form go to their own friendly pages.
  if (result.kind === 'rateLimited') return redirect(`${formPath}/busy?minutes=${Math.max(1, Math.ceil(result.retryAfter / 60))}`);
  if (result.kind === 'tooLarge') return redirect(`${formPath}/too-large`);
  return renderForm(formPath, sealAnswer(state), status);
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...noStore } });
}

/** Browsers send Origin with every POST; one from another site is refused (server actions did the same). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    const url = new URL(origin);
    return url.host === host || url.origin === new URL(appUrl()).origin;
  } catch {
    return false;
  }
}

/** apply/again is asked of our own server on the loopback address (selfOrigin: next start sets PORT), else APP_URL. */
async function renderForm(formPath: string, sealed: string, status: number): Promise<Response> {
  const page = await fetch(`${selfOrigin() ?? appUrl()}${formPath}/again`, { headers: { [APPLY_ANSWER_HEADER]: sealed, 'accept-encoding': 'identity' }, cache: 'no-store', redirect: 'manual' });
  const headers = new Headers(page.headers);
  // Not ours to pass on: the transfer of that answer, and middleware's instructions to Next (x-middleware-rewrite).
  for (const name of [...headers.keys()]) if (/^(content-encoding|content-length|transfer-encoding|set-cookie|x-middleware-|x-nextjs-)/.test(name)) headers.delete(name);
  headers.set('Cache-Control', 'no-store');
  return new Response(page.body, { status: page.ok ? status : page.status, headers });
}
