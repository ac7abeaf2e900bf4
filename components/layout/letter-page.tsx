import type { ReactNode } from 'react';

/** Long-form pages (privacy, about): one column that reads like a letter. */
export function LetterPage({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-5xl px-4 py-10 sm:py-14">
      <div className="prose-letter">
        <h1 className="text-3xl font-bold tracking-tight text-accent-strong sm:text-4xl">{title}</h1>
        {lead ? <div className="mt-3 text-muted">{lead}</div> : null}
        {children}
      </div>
    </article>
  );
}
