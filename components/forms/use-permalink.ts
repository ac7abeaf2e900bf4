'use client';

import { usePathname } from 'next/navigation';

/**
 * Where a server-action form posts when JavaScript is off: this page, and the
 * form's own id as fragment.
 *
 * Without it React renders `action=""` (invalid HTML; the browser then posts to
 * the current URL). React takes a real URL only as useActionState's third
 * argument, the "permalink". The fragment does three things: React keys the
 * posted-back state by the permalink, so only the form that was sent shows the
 * answer (several forms on a page often share one action); the browser scrolls
 * back to that form; and the query string is left out, so a one-off notice such
 * as ?saved=1 does not come back after the next action. A form whose page
 * needs part of its query again (the sign-in's callbackUrl) passes it in `keep`.
 */
export function usePermalink(formId: string, keep: Record<string, string> = {}): string {
  const query = new URLSearchParams(Object.entries(keep).filter(([, v]) => v !== '')).toString();
  return `${usePathname()}${query ? `?${query}` : ''}#${formId}`;
}
