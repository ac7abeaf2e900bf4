import 'server-only';
import { declaredTooLarge } from '@/lib/edge/body-limit';
import { MAX_APPLY_BODY_BYTES } from './attachment-limits';
import type { IncomingFile } from './attachments';
import { countClientAttempt } from './limits';
import { receiveApplication, type ReceiveResult } from './receive';

/**
 * The apply endpoint's first steps, in order of cost (M6, security review 2026-12):
 * 1. a Content-Length over the real limit is refused from the header alone;
 * 2. the request is counted against its client in its own committed
 *    transaction, before a byte of the body is read;
 * 3. the body is read through a byte cap and cut off at MAX_APPLY_BODY_BYTES
 *    (a body without Content-Length, or one that lies about it);
 * 4. only then are the fields and files parsed and handed to receiveApplication.
 * A server action could not do this: Next parses its body before our code runs.
 */
export type IntakeResult = ReceiveResult | { kind: 'tooLarge' };

export interface ApplyRequest {
  /** From the URL, like everything else the browser sends: checked here (nb or en). */
  language: string;
  tenantSlug: string;
  jobSlug: string;
  ip: string;
}

class BodyTooLarge extends Error {}

/** Passes at most `limit` bytes on, then errors the stream (and so cancels the upload). */
function byteCap(limit: number): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) controller.error(new BodyTooLarge());
      else controller.enqueue(chunk);
    },
  });
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

/** A file input with nothing chosen still sends one empty, nameless part. */
const chosenFiles = (form: FormData): File[] => form.getAll('attachments').filter((p): p is File => typeof p !== 'string' && (p.size > 0 || p.name !== ''));

export async function receiveApplyRequest(request: Request, target: ApplyRequest, limit = MAX_APPLY_BODY_BYTES): Promise<IntakeResult & { values?: FormValues }> {
  if (declaredTooLarge(request.headers, limit)) return { kind: 'tooLarge' };
  const language = target.language;
  if (language !== 'nb' && language !== 'en') return { kind: 'rejected' };

  const budget = await countClientAttempt(target.ip);
  if ('wait' in budget) return { kind: 'rateLimited', retryAfter: budget.wait };

  const type = request.headers.get('content-type') ?? '';
  if (!request.body || !/^multipart\/form-data;/i.test(type)) return { kind: 'rejected' };
  let form: FormData;
  try {
    form = await new Response(request.body.pipeThrough(byteCap(limit)), { headers: { 'content-type': type } }).formData();
  } catch (error) {
    if (error instanceof BodyTooLarge) return { kind: 'tooLarge' };
    return { kind: 'rejected' }; // not a readable multipart body
  }

  const values = formValues(form);
  const files: IncomingFile[] = await Promise.all(chosenFiles(form).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await receiveApplication({
    tenantSlug: target.tenantSlug,
    jobSlug: target.jobSlug,
    language,
    raw: values.raw,
    honeypot: values.honeypot,
    files,
    counted: budget.attempt,
  });
  return { ...result, values };
}

export interface FormValues {
  raw: { fullName: string; birthDate: string; email: string; phone: string; coverLetter: string; consent: boolean };
  honeypot: string;
  filesChosen: boolean;
}

function formValues(form: FormData): FormValues {
  return {
    raw: {
      fullName: text(form, 'fullName'),
      birthDate: text(form, 'birthDate'),
      email: text(form, 'email'),
      phone: text(form, 'phone'),
      coverLetter: text(form, 'coverLetter'),
      consent: text(form, 'consent') === 'on',
    },
    honeypot: text(form, 'website'),
    filesChosen: chosenFiles(form).length > 0,
  };
}
