import { connection } from 'next/server';
import { notFound } from 'next/navigation';

/**
 * A bare server-only page: the framework's JavaScript floor that `npm run bench`
 * compares candidate pages against. Rendered per request like our public pages,
 * and served only when the bench asks for it.
 */
export default async function FrameworkFloor() {
  await connection();
  if (process.env.BENCH_FLOOR !== '1') notFound();
  return <main>floor</main>;
}
