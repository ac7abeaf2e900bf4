import type { z } from 'zod';

/**
 * A form as a plain object for zod: one value per field, several for a field
 * sent more than once (file inputs with `multiple`), React's own `$ACTION…`
 * fields left out. Server actions are public endpoints: anything may arrive,
 * including no FormData at all.
 */
export function formObject(received: unknown): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const form = received as FormData | null | undefined;
  if (!form || typeof form.getAll !== 'function' || typeof form.keys !== 'function') return {};
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$')) continue;
    const values = form.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** First problem per field, as the schema's own message codes (field "form" for the whole form). */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}
