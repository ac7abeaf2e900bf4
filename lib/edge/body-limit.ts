/**
 * Request bodies refused from their Content-Length alone (edge-safe: headers
 * only). The apply endpoint takes up to MAX_APPLY_BODY_BYTES and checks that
 * itself (middleware.ts leaves /api/apply alone so Next does not buffer its
 * body); every other POST is a small form or a server action.
 */
export const MAX_FORM_BODY_BYTES = 1024 * 1024;

export function declaredTooLarge(headers: Headers, limit: number): boolean {
  const declared = Number(headers.get('content-length') ?? '');
  return Number.isFinite(declared) && declared > limit;
}
