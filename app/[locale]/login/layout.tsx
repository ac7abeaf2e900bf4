import type { ReactNode } from 'react';

// Sign-in pages keep the per-request CSP nonce (lib/security/headers NONCE_PATHS), which only a page rendered per
// request can carry: none of them is cached.
export const dynamic = 'force-dynamic';

export default function LoginLayout({ children }: { children: ReactNode }) {
  return children;
}
