'use client';

import { usePathname } from 'next/navigation';

/**
 * Where a server-action form posts when JavaScript is off: this page.
 *
 * Without it React renders `action=""` (invalid HTML; the browser then posts to
 * the current URL). React takes a real URL only as useActionState's third
 * argument, the "permalink", and keys the posted-back answer by it. The query
 * is left out, so a one-off notice such as ?saved=1 does not come back after
 * the next action; a page that needs part of it again (the sign-in's
 * callbackUrl) passes that in `keep`.
 *
 * `form` adds the form's id as fragment, for pages with several forms on one
 * action (a note's edit and delete, each member's role): only the form that was
 * sent shows the answer, and the browser scrolls back to it. The browser keeps
 * a fragment across a redirect, so forms whose action usually redirects
 * (sign-in, sign-up, sign-out, apply) leave it out.
 */
export function usePermalink({ form, keep = {} }: { form?: string; keep?: Record<string, string> } = {}): string {
  const query = new URLSearchParams(Object.entries(keep).filter(([, v]) => v !== '')).toString();
  return `${usePathname()}${query ? `?${query}` : ''}${form ? `#${form}` : ''}`;
}
