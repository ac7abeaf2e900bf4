'use client';

import { useEffect, type ReactNode } from 'react';
import { FormMessage } from '@/components/forms/field';

/**
 * A notice a redirect asked for with a query flag (e.g. ?saved=1 after a new
 * draft). Once shown, the flag leaves the address, so the next action (which
 * posts to and re-renders the current address) or a reload does not say it
 * again. Without JavaScript the forms post to the page without its query (see
 * usePermalink), which does the same.
 */
export function OneOffNotice({ flag, children }: { flag: string; children: ReactNode }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(flag)) return;
    url.searchParams.delete(flag);
    // Next.js keeps its router in step with history.replaceState.
    window.history.replaceState(null, '', url);
  }, [flag]);
  return <FormMessage tone="ok">{children}</FormMessage>;
}
