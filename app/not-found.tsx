import Link from 'next/link';
import './globals.css';

// Requests outside any language (rare): a plain bilingual page.
export default function GlobalNotFound() {
  return (
    <html lang="nb">
      <body className="font-sans">
        <main className="mx-auto max-w-5xl px-4 *:max-w-2xl py-16">
          <h1 className="text-3xl font-bold">Siden finnes ikke</h1>
          <p className="mt-4" lang="en">Page not found.</p>
          <Link href="/" className="mt-8 inline-block underline">Til forsiden / Front page</Link>
        </main>
      </body>
    </html>
  );
}
