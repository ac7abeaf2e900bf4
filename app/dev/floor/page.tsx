import { notFound } from 'next/navigation';

/**
 * A bare server-only page: the framework's JavaScript floor that `npm run bench`
 * compares candidate pages against. Served only when the bench asks for it.
 */
export default async function FrameworkFloor() {
  if (process.env.BENCH_FLOOR !== '1') notFound();
  return <main>floor</main>;
}
