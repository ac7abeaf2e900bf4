/**
 * A candidate without JavaScript applying through the production server: open the apply page, then press "Send",
 * i.e. post the form as the browser builds it (multipart: the hidden inputs, then the visible fields and the file;
 * no key is issued with the form, the server derives it) to the form's action URL (the apply endpoint, /api/apply/…), and
 * follow the 303 to the receipt (apply/receipt?ref=…&sig=…). Only 127.0.0.1, like the rest of the bench.
 */
export interface FormApplicant {
  fullName: string;
  birthDate: string;
  email: string;
  phone: string;
  coverLetter: string;
}

export interface FormSubmission {
  /** Pressing "Send" until the receipt page has arrived: the POST, its 303, the receipt GET. */
  sendMs: number;
  /** The POST alone. */
  postMs: number;
  reference: string;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(?:quot|amp|#x27|#39|lt|gt);/g, (e) => ENTITIES[e]!);

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/\$/g, '\\$')}="([^"]*)"`, 'i').exec(tag);
  return m ? decode(m[1]!) : undefined;
}

/** The apply form in a rendered page: its action URL and its hidden inputs, in document order. */
export function readApplyForm(html: string, pageUrl: string): { action: string; hidden: Array<[string, string]> } {
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => /^<form\b[^>]*\saction="\/api\/apply\//.test(f));
  if (!form) throw new Error(`no apply form (posting to /api/apply/) on ${pageUrl}`);
  const open = /^<form\b[^>]*>/.exec(form)![0];
  const hidden: Array<[string, string]> = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    if (attribute(tag, 'type') === 'hidden' && name) hidden.push([name, attribute(tag, 'value') ?? '']);
  }
  if (!attribute(open, 'action')?.startsWith('/api/apply/')) throw new Error(`the apply form on ${pageUrl} does not post to the apply endpoint`);
  // An empty or absent action posts to the page itself, as a browser does.
  return { action: new URL(attribute(open, 'action') || pageUrl, pageUrl).href, hidden };
}

/** One application, as a browser without JavaScript sends it; throws unless the server stored it and shows the receipt. */
export async function applyByForm(
  baseUrl: string,
  pagePath: string,
  applicant: FormApplicant,
  file: { name: string; type: string; bytes: Uint8Array },
  { followReceipt = true } = {},
): Promise<FormSubmission> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(baseUrl)) throw new Error('the bench only loads 127.0.0.1');
  const pageUrl = new URL(pagePath, baseUrl).href;
  const page = await fetch(pageUrl);
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);
  const { action, hidden } = readApplyForm(await page.text(), pageUrl);

  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  body.append('website', ''); // the honeypot, left empty by people
  for (const [name, value] of Object.entries(applicant)) body.append(name, value);
  body.append('attachments', new Blob([Uint8Array.from(file.bytes)], { type: file.type }), file.name); // a copy: BlobPart wants an ArrayBuffer-backed view
  body.append('consent', 'on'); // a checked checkbox without a value attribute

  const started = performance.now();
  const posted = await fetch(action, { method: 'POST', body, redirect: 'manual', headers: { Origin: new URL(baseUrl).origin } });
  const answer = await posted.text();
  const postMs = performance.now() - started;
  const location = posted.headers.get('location');
  if (posted.status !== 303 || !location) {
    const alert = /role="alert"[^>]*>([\s\S]{0,400}?)<\/div>/.exec(answer)?.[1]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    throw new Error(`the form post answered ${posted.status}${location ? ` → ${location}` : ''}${alert ? `: ${alert}` : ''}`);
  }
  const receiptUrl = new URL(location, action);
  const reference = receiptUrl.searchParams.get('ref');
  if (!reference) throw new Error(`the form post redirected to ${receiptUrl.pathname}${receiptUrl.search}, not to a receipt`);
  if (!followReceipt) return { sendMs: postMs, postMs, reference };
  const receipt = await fetch(receiptUrl, { redirect: 'manual' });
  const receiptHtml = await receipt.text();
  const sendMs = performance.now() - started;
  if (receipt.status !== 200 || !receiptHtml.includes(reference)) throw new Error(`the receipt for ${reference} answered ${receipt.status}${receipt.status === 200 ? ' without the reference' : ''}`);
  return { sendMs, postMs, reference };
}
