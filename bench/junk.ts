import http from 'node:http';
import { MAX_APPLY_BODY_BYTES } from '../lib/applications/attachment-limits';
import { minimalPdf } from '../lib/dev/demo-pdf';
import { groupCpuMs } from './cpu';
import { percentile } from './throughput';

/**
 * `npm run bench -- junk` (M6): how cheaply the production server refuses junk posted to the apply endpoint over
 * HTTP on 127.0.0.1, in bounded runs (a fixed count, each run stopped after 60 s). Each row: requests answered as
 * expected, requests per second at 8 concurrent, latency, and the server's CPU time per request (utime + stime of
 * the server's process group from /proc, before and after the run). Rows:
 * - junk within a client's budget: counted, parsed (a 200 KB file) and refused (a birth date in the future);
 * - junk over the budget: refused after one committed count, body unread;
 * - over the size limit by Content-Length: refused from the header, not counted, body unread;
 * - over the size limit without Content-Length: read through the cap and cut off at 20.5 MB.
 */
export interface JunkRow {
  label: string;
  requests: number;
  expected: number;
  perSecond: number;
  p50: number;
  p95: number;
  cpuMsPerRequest: number;
}

interface Answer {
  status: number;
  location: string;
}

/** One POST with node:http (full control over Content-Length and chunking); the body is sent by `write`. */
function post(url: URL, headers: Record<string, string>, write: (req: http.ClientRequest) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? '' }));
      // The answer came before the body was all sent: stop sending.
      if (!req.writableEnded) req.destroy();
    });
    // The server may answer and close while we are still sending (that is the point): a write error then is
    // expected, and the answer, if it is on its way, still counts. No answer within a second: status 0.
    req.on('error', () => setTimeout(() => resolve({ status: 0, location: '' }), 1_000));
    write(req);
  });
}

async function run(label: string, pgid: number, requests: number, send: (i: number) => Promise<Answer>, isExpected: (a: Answer) => boolean): Promise<JunkRow> {
  const latencies: number[] = [];
  let next = 0;
  let expected = 0;
  const deadline = Date.now() + 60_000;
  const cpuBefore = groupCpuMs(pgid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < requests && Date.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        const answer = await send(i);
        latencies.push(performance.now() - t0);
        if (isExpected(answer)) expected++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 200)); // let the server finish what it was doing
  const cpu = groupCpuMs(pgid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  return { label, requests: latencies.length, expected, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), cpuMsPerRequest: cpu / latencies.length };
}

export async function junkBench(baseUrl: string, pgid: number, perIpLimit: number): Promise<JunkRow[]> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(baseUrl)) throw new Error('the bench only loads 127.0.0.1');
  const url = new URL('/api/apply/nb/acme/backend-utvikler', baseUrl);
  const form = new FormData();
  for (const [name, value] of Object.entries({ fullName: 'Bench Junk', birthDate: '2099-01-01', email: 'junk@example.no', phone: '912 34 567', coverLetter: 'x', consent: 'on', website: '' })) form.append(name, value);
  form.append('attachments', new Blob([Uint8Array.from(minimalPdf('junk', 200 * 1024))], { type: 'application/pdf' }), 'cv.pdf');
  const encoded = new Response(form);
  const type = encoded.headers.get('content-type')!;
  const junk = Buffer.from(await encoded.arrayBuffer());
  const client = (n: number) => ({ 'x-forwarded-for': `198.18.${n >> 8}.${n & 255}` });
  const sendJunk = (ip: number) => () => post(url, { 'content-type': type, 'content-length': String(junk.byteLength), ...client(ip) }, (req) => req.end(junk));
  const to = (suffix: string) => (a: Answer) => a.status === 303 && a.location.includes(suffix);

  const rows: JunkRow[] = [];
  // 1. One client's budget of junk: each one counted, parsed, refused with the form (200) — the most junk costs.
  rows.push(await run(`junk within the budget (${perIpLimit}, parsed, refused)`, pgid, perIpLimit, sendJunk(1), (a) => a.status === 200));
  // 2. The same client goes on: refused after the count, body unread.
  rows.push(await run('junk over the budget (rate-limited, 303 busy)', pgid, 600, sendJunk(1), to('/apply/busy')));
  // 3. A declared 30 MB: refused from the header. Only the headers are sent; the answer ends the request.
  const big = String(30 * 1024 * 1024);
  rows.push(
    await run('over 20.5 MB by Content-Length (303 too-large)', pgid, 600, (i) => post(url, { 'content-type': type, 'content-length': big, ...client(1000 + i) }, (req) => req.flushHeaders()), to('/apply/too-large')),
  );
  // 4. No Content-Length: chunks until the cap cuts it off (each from its own client, within its budget).
  const chunk = Buffer.alloc(256 * 1024, 65);
  const chunks = Math.ceil((MAX_APPLY_BODY_BYTES * 1.2) / chunk.byteLength);
  rows.push(
    await run('over 20.5 MB streamed, no Content-Length (cut off, 303 too-large)', pgid, 24, (i) =>
      post(url, { 'content-type': 'multipart/form-data; boundary=b', 'transfer-encoding': 'chunked', ...client(3000 + i) }, async (req) => {
        req.write('--b\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\n\r\n');
        for (let n = 0; n < chunks && !req.destroyed; n++) {
          if (!req.write(chunk)) await drained(req);
        }
        if (!req.destroyed) req.end();
      }),
    to('/apply/too-large')),
  );
  return rows;
}

/** Until the socket takes more, or the request is gone (the server answered and closed). */
function drained(req: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off('drain', done);
      req.off('close', done);
      resolve();
    };
    req.on('drain', done);
    req.on('close', done);
  });
}
