'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The receipt's heading takes focus when the page opens (after Send it is a
 * new page), so a screen reader says at once that the application went
 * through instead of starting from <body>. Not a control, so no focus ring.
 */
export function ReceiptHeading({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} className={`${className} outline-none`}>
      {children}
    </h1>
  );
}
