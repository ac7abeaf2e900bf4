'use client';

import { useEffect } from 'react';

/**
 * Fills an empty field of the surrounding form from the address's query (`?email=` in a link we sent), in the
 * browser: the page itself is the same for everyone and comes from cache. Renders nothing.
 */
export function PrefillFromQuery({ name, maxLength = 320 }: { name: string; maxLength?: number }) {
  useEffect(() => {
    const value = new URLSearchParams(window.location.search).get(name);
    const field = document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`);
    if (value && field && field.value === '') field.value = value.slice(0, maxLength);
  }, [name, maxLength]);
  return null;
}
