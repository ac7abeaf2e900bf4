'use server';

import { getTranslations } from 'next-intl/server';
import { after } from 'next/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import type { IncomingFile } from '@/lib/applications/attachments';
import type { ApplyState, ApplyValues } from '@/lib/applications/form-state';
import { receiveApplication } from '@/lib/applications/receive';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { signReference } from '@/lib/applications/receipt-link';
import { deliverDueEmails } from '@/lib/email/worker';
import { clientIpFrom } from '@/lib/security/client-ip';
import { settings } from '@/lib/settings/env';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

async function filesOf(form: FormData): Promise<IncomingFile[]> {
  // A file input with nothing chosen still sends one empty, nameless part.
  const parts = form.getAll('attachments').filter((v): v is File => typeof v !== 'string' && (v.size > 0 || v.name !== ''));
  return Promise.all(parts.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** The apply form's server action: a public endpoint, so everything is checked in lib/applications. */
export async function submitApplicationAction(locale: Locale, tenantSlug: string, jobSlug: string, previous: ApplyState, form: FormData): Promise<ApplyState> {
  const t = await getTranslations({ locale, namespace: 'Apply' });
  const values: ApplyValues = {
    fullName: text(form, 'fullName'),
    birthDate: text(form, 'birthDate'),
    email: text(form, 'email'),
    phone: text(form, 'phone'),
    coverLetter: text(form, 'coverLetter'),
    consent: text(form, 'consent') === 'on',
  };
  const files = await filesOf(form);
  const idempotencyKey = text(form, 'idempotencyKey') || previous.idempotencyKey;
  const base: ApplyState = { idempotencyKey, values, errors: {}, attempt: previous.attempt + 1, filesDropped: files.length > 0 };

  const requestHeaders = await headers();
  const result = await receiveApplication({
    tenantSlug,
    jobSlug,
    language: locale,
    raw: values,
    honeypot: text(form, 'website'),
    idempotencyKey,
    files,
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
}
