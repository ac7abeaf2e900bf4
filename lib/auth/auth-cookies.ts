import 'server-only';
import { cookies } from 'next/headers';

const UNUSED = /^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)$/;

/**
 * Auth.js writes its CSRF and callback-url cookies whenever it runs (signIn,
 * signOut). We use neither: server actions are origin-checked and our forms
 * carry callbackUrl. Dropped here, so the cookies a person gets are exactly the
 * ones the privacy page lists (middleware drops them from its own responses).
 */
export async function dropUnusedAuthCookies(): Promise<void> {
  const jar = await cookies();
  for (const c of jar.getAll()) if (UNUSED.test(c.name)) jar.delete(c.name);
}
