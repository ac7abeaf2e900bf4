// `npm test` on a fresh machine: the end-to-end tests drive Debian's Chromium
// (Playwright's own browser download is not reachable here). Install it when
// missing and we may; otherwise say exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found at ${chromium}: installing Debian's package (once).`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(`The end-to-end tests need Chromium at ${chromium} (Debian: sudo apt-get install chromium), or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
