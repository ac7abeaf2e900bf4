import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { settings } from '@/lib/settings/env';

/**
 * A bare server-only page: the framework's JavaScript floor that `npm run bench`
 * compares candidate pages against. Served only when the bench asks for it.
 */
export default async function FrameworkFloor() {
  // Per request, like the candidate pages: at build time BENCH_FLOOR is unset and
  // the page would be prerendered as a 404.
  await connection();
  if (settings().BENCH_FLOOR !== '1') notFound();
  return <main>floor</main>;
}
