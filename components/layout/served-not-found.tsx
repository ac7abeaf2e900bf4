import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';

async function AnswerNotFound(): Promise<never> {
  notFound();
}

/**
 * A page's "not found" that reaches people without JavaScript. Next 16 sends a page that calls notFound() as an
 * empty HTML shell and draws the not-found page in the browser (vercel/next.js#62228), so a visitor without
 * JavaScript, or a crawler, sees a blank page. Here the page draws the message itself, in its layout, and the
 * notFound() below it, inside a Suspense boundary, only sets the 404 status (and lets the browser, with
 * JavaScript, swap in the segment's not-found page, which says the same).
 */
export function ServedNotFound({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Suspense fallback={null}>
        <AnswerNotFound />
      </Suspense>
    </>
  );
}
