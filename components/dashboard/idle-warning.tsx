'use client';

import { useEffect, useRef, useState } from 'react';

const WARN_BEFORE_MS = 120_000;

/**
 * Warns two minutes before the idle sign-out and offers to stay. It never
 * talks to the server on its own (background polling must not count as
 * activity); only the button does. The server enforces the limit regardless.
 */
export function IdleWarning({
  remainingMs,
  loginUrl,
  stay,
  texts,
}: {
  remainingMs: number;
  loginUrl: string;
  stay: () => Promise<{ remainingMs: number }>;
  texts: { title: string; body: string; stay: string };
}) {
  const [left, setLeft] = useState<number | null>(null);
  const deadline = useRef(0);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    deadline.current = Date.now() + remainingMs;
    const timer = window.setInterval(() => {
      const remaining = deadline.current - Date.now();
      setLeft(remaining);
      if (remaining <= 0) {
        window.clearInterval(timer);
        // A full page load, so middleware and the server see the expired session.
        const here = window.location.pathname + window.location.search;
        window.location.replace(`${loginUrl}?${new URLSearchParams({ reason: 'idle', callbackUrl: here })}`);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [remainingMs, loginUrl]);

  const showing = left !== null && left <= WARN_BEFORE_MS;
  useEffect(() => {
    if (showing) button.current?.focus();
  }, [showing]);
  if (!showing) return null;

  const seconds = Math.max(0, Math.ceil(left / 1000));
  return (
    <div role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-body" className="fixed inset-x-3 bottom-3 z-50 mx-auto max-w-md rounded-lg border border-accent bg-white p-4 shadow-lg">
      <h2 id="idle-title" className="font-semibold text-accent-strong">
        {texts.title}
      </h2>
      <p id="idle-body" className="mt-1">
        {texts.body.replace('{seconds}', String(seconds))}
      </p>
      <button
        ref={button}
        type="button"
        onClick={async () => {
          const result = await stay();
          deadline.current = Date.now() + result.remainingMs;
          setLeft(result.remainingMs);
        }}
        className="mt-3 inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong"
      >
        {texts.stay}
      </button>
    </div>
  );
}
