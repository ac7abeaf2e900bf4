// scratch: per-request-kind throughput at 16 concurrent (not committed)
import { minimalPdf } from '../lib/dev/demo-pdf';
import { applyByForm } from './apply-by-form';
import { incompressible } from './submit';
import { load } from './throughput';
const base = 'http://127.0.0.1:3425';
const page = '/careers/acme/backend-utvikler/apply';
async function main() {
  const cv = { name: 'cv.pdf', type: 'application/pdf', bytes: incompressible(minimalPdf('CV probe', 200 * 1024)) };
  const run = Math.random().toString(36).slice(2, 8);
  const one = await applyByForm(base, page, { fullName: 'P', birthDate: '1990-05-17', email: `probe-${run}@example.no`, phone: '912 34 567', coverLetter: 'x' }, cv);
  const form = await load(base + page, { requests: 200, concurrency: 16 });
  console.log('GET form', form.perSecond.toFixed(0), '/s p50', form.p50.toFixed(0), 'p95', form.p95.toFixed(0));
  const r = await fetch(base + page, { method: 'HEAD' });
  void r;
  // receipt
  const posted = await fetch(base + '/api/apply/nb/acme/backend-utvikler', { method: 'POST', body: (() => { const b = new FormData(); for (const [k, v] of Object.entries({ fullName: 'Q', birthDate: '1990-05-17', email: `probe2-${run}@example.no`, phone: '912 34 567', coverLetter: 'y', website: '', consent: 'on' })) b.append(k, v); b.append('attachments', new Blob([Uint8Array.from(cv.bytes)], { type: 'application/pdf' }), 'cv.pdf'); return b; })(), redirect: 'manual' });
  const loc = posted.headers.get('location')!;
  const receipt = await load(base + loc, { requests: 200, concurrency: 16 });
  console.log('GET receipt', receipt.perSecond.toFixed(0), '/s p50', receipt.p50.toFixed(0), 'p95', receipt.p95.toFixed(0));
  // POST only, 16 concurrent, 160 distinct
  const lat: number[] = []; let i = 0; const t0 = performance.now();
  await Promise.all(Array.from({ length: 16 }, async () => { while (i < 160) { const n = i++; const b = new FormData(); for (const [k, v] of Object.entries({ fullName: `P ${n}`, birthDate: '1990-05-17', email: `probe3-${run}-${n}@example.no`, phone: '912 34 567', coverLetter: 'z', website: '', consent: 'on' })) b.append(k, v); b.append('attachments', new Blob([Uint8Array.from(cv.bytes)], { type: 'application/pdf' }), 'cv.pdf'); const s = performance.now(); const res = await fetch(base + '/api/apply/nb/acme/backend-utvikler', { method: 'POST', body: b, redirect: 'manual' }); await res.arrayBuffer(); if (res.status !== 303) console.log('status', res.status); lat.push(performance.now() - s); } }));
  lat.sort((a, b) => a - b);
  console.log('POST only', (160 / ((performance.now() - t0) / 1000)).toFixed(0), '/s p50', lat[80]!.toFixed(0), 'p95', lat[152]!.toFixed(0), 'first', one.postMs.toFixed(0));
}
void main();
