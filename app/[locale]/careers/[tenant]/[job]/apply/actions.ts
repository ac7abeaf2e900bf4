'use server';

import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import { asLocale, withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { publicAction } from '@/lib/actions/public-action';
import type { ApplyState } from '@/lib/applications/form-state';
import { signReference } from '@/lib/applications/receipt-link';
import { receiveApplication } from '@/lib/applications/receive';
import { deliverDueEmails } from '@/lib/email/worker';
import { clientIpFrom } from '@/lib/security/client-ip';
import { settings } from '@/lib/settings/env';

const text = z.string().catch('');
// A file input with nothing chosen still sends one empty, nameless part.
const files = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.union([z.instanceof(File), z.string()])).transform((parts) => parts.filter((p): p is File => typeof p !== 'string' && (p.size > 0 || p.name !== ''))),
);

/** The form's shape: strings and files. What they must say is checked in lib/applications (receiveApplication). */
const applyForm = z.object({
  fullName: text,
  birthDate: text,
  email: text,
  phone: text,
  coverLetter: text,
  consent: text.transform((v) => v === 'on'),
  website: text,
  idempotencyKey: text,
  attachments: files,
});

/** What the page bound to the action; it arrives from the browser like the form, so it is checked too. */
interface Bound {
  locale: Locale;
  tenantSlug: string;
  jobSlug: string;
}

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);

const apply = publicAction<typeof applyForm, ApplyState, Bound>(
  applyForm,
  async (input, { prev, bound }): Promise<ApplyState> => {
    const { locale, tenantSlug, jobSlug } = bound;
    const t = await getTranslations({ locale, namespace: 'Apply' });
    const values = { fullName: input.fullName, birthDate: input.birthDate, email: input.email, phone: input.phone, coverLetter: input.coverLetter, consent: input.consent };
    const idempotencyKey = input.idempotencyKey || prev.idempotencyKey;
    const base: ApplyState = { idempotencyKey, values, errors: {}, attempt: prev.attempt + 1, filesDropped: input.attachments.length > 0 };
    const requestHeaders = await headers();
    const result = await receiveApplication({
      tenantSlug,
      jobSlug,
      language: locale,
      raw: values,
      honeypot: input.website,
      idempotencyKey,
      files: await Promise.all(input.attachments.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
      ip: clientIpFrom(requestHeaders, settings().TRUSTED_PROXY_HOPS) ?? 'unknown',
    });

    switch (result.kind) {
      case 'stored': {
        after(() => deliverDueEmails().then(() => undefined, () => undefined));
        const receiptUrl = withLocalePrefix(locale, `/careers/${tenantSlug}/${jobSlug}/apply?receipt=${result.reference}&sig=${signReference(result.reference)}`);
        // With JavaScript the redirect would be rendered inside this POST without the
        // locale middleware (STACK-NOTES), so the browser navigates itself; without
        // JavaScript a 303 to the receipt (post/redirect/get: a reload cannot resend).
        if (requestHeaders.get('next-action')) return { ...base, filesDropped: false, receiptUrl };
        redirect(receiptUrl);
      }
      case 'invalid': {
        const errors: ApplyState['errors'] = {};
        for (const [field, code] of Object.entries(result.errors)) {
          const key = `errors.${field}.${code}`;
          errors[field as keyof ApplyState['errors']] = t.has(key) ? t(key, { file: result.file?.name ?? '' }) : t('formErrors.rejected');
        }
        return { ...base, errors, sensitive: Object.values(result.errors).includes('sensitive') };
      }
      case 'rateLimited': {
        const minutes = Math.max(1, Math.ceil(result.retryAfter / 60));
        // With JavaScript the advice appears in the form, which keeps what was typed; a plain
        // post (most often a script) is sent to the busy page, answered 429 with Retry-After.
        if (requestHeaders.get('next-action')) return { ...base, formError: t('formErrors.rateLimited', { minutes }) };
        redirect(withLocalePrefix(locale, `/careers/${tenantSlug}/${jobSlug}/apply/busy?minutes=${minutes}`));
      }
      case 'closed':
        return { ...base, formError: t('formErrors.closed') };
      case 'notFound':
      case 'rejected':
        return { ...base, formError: t('formErrors.rejected') };
    }
  },
  async (_codes, { prev, bound }) => ({ ...prev, attempt: prev.attempt + 1, formError: (await getTranslations({ locale: bound.locale, namespace: 'Apply' }))('formErrors.rejected') }),
);

/** The apply form's server action (bound to the page's language and job): a public endpoint, checked in lib/applications. */
export async function submitApplicationAction(locale: unknown, tenantSlug: unknown, jobSlug: unknown, previous: ApplyState, form: FormData): Promise<ApplyState> {
  const tenant = slug.safeParse(tenantSlug);
  const job = slug.safeParse(jobSlug);
  const bound: Bound = { locale: asLocale(locale), tenantSlug: tenant.success ? tenant.data : '', jobSlug: job.success ? job.data : '' };
  return apply(previous, form, bound);
}
