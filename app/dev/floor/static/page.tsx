/**
 * The same bare page, prerendered at build: the framework's best case for a cached page in this build, behind our
 * middleware. `npm run bench -- pages` prints the cached public pages beside it. Nothing in it is ours to protect.
 */
export default function StaticFloor() {
  return <main>floor</main>;
}
