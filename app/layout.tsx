import type { ReactNode } from 'react';

// The <html> element lives in app/[locale]/layout.tsx (its lang depends on the
// URL) and in app/dev/layout.tsx; this root only passes children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
