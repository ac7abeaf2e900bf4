import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Candidate-facing pages use plain <a> on purpose: full page loads cost them
    // no JavaScript, where next/link adds ~10 KB to a 25 KB budget.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  { ignores: ['.next/**', '.data/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
