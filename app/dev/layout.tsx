import type { ReactNode } from 'react';
import '../globals.css';

// Root layout for development tools (/dev/...): not part of the product's pages.
export default function DevLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="font-sans">{children}</body>
    </html>
  );
}
